package org.msb.fact;

import java.util.List;

/** The region's GuardDuty detectors and their status (guardduty:ListDetectors, guardduty:GetDetector); empty when GuardDuty is off. */
public record GuardDutyDetectors(List<Detector> detectors) {

    public GuardDutyDetectors {
        detectors = detectors == null ? List.of() : List.copyOf(detectors);
    }

    /** @param status ENABLED or DISABLED (a suspended detector) */
    public record Detector(String detectorId, String status) {}

    /** True when a detector exists and is not suspended: GuardDuty produces findings here. */
    public boolean anyEnabled() { return detectors.stream().anyMatch(d -> "ENABLED".equals(d.status())); }
}
