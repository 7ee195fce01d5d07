package org.msb.fact;

import java.util.List;
import java.util.Optional;

/**
 * Patch Manager's last operation on each managed instance ({@code ssm:DescribeInstancePatchStates}): the baseline,
 * the operation (Scan or Install), when it ended, and the counts of missing, failed and non-compliant patches.
 */
public record PatchStates(List<State> instances) {
    public PatchStates { instances = instances == null ? List.of() : List.copyOf(instances); }

    /** @param operationEndTime ISO-8601 */
    public record State(String instanceId, String baselineId, String patchGroup, String operation, String operationStartTime,
                        String operationEndTime, Integer missingCount, Integer failedCount, Integer installedPendingRebootCount,
                        Integer criticalNonCompliantCount, Integer securityNonCompliantCount, Integer otherNonCompliantCount) {}

    public Optional<State> of(String instanceId) {
        return instances.stream().filter(s -> s.instanceId().equals(instanceId)).findFirst();
    }
}
