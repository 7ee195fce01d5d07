package org.msb.fact;

import java.util.List;

/** The GuardDuty detectors of this account in this region (at most one exists per region); empty when GuardDuty was never enabled. */
public record GuardDutyDetectors(List<GuardDutyDetector> detectors) {
    public GuardDutyDetectors {
        detectors = detectors == null ? List.of() : List.copyOf(detectors);
    }

    /** True when a detector exists and is not suspended: GuardDuty produces findings here. */
    public boolean anyEnabled() { return detectors.stream().anyMatch(d -> "ENABLED".equals(d.status())); }
}
