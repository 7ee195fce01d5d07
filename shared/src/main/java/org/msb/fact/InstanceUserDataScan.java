package org.msb.fact;

import org.msb.model.secrets.ScannedValue;

import java.util.List;

/** What the secret scan saw in one EC2 instance's user data: whether it has any, and candidate lines (never values). */
public record InstanceUserDataScan(String instanceId, boolean hasUserData, List<ScannedValue> candidates) {
    public InstanceUserDataScan {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
