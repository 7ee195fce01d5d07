package org.msb.fact;

import java.util.List;
import java.util.Optional;

/**
 * The instances Systems Manager manages in the region ({@code ssm:DescribeInstanceInformation}): id, agent ping
 * status (Online, ConnectionLost, Inactive), last ping, platform and agent version. An instance not listed is
 * not managed at all (no agent, no instance profile with SSM permissions, or no route to the SSM endpoints).
 */
public record ManagedInstances(List<Instance> instances) {
    public ManagedInstances { instances = instances == null ? List.of() : List.copyOf(instances); }

    /** @param lastPingDateTime ISO-8601 */
    public record Instance(String instanceId, String pingStatus, String lastPingDateTime, String platformType, String platformName,
                           String agentVersion, String resourceType) {
        public boolean isOnline() { return "Online".equalsIgnoreCase(pingStatus); }
    }

    public Optional<Instance> of(String instanceId) {
        return instances.stream().filter(i -> i.instanceId().equals(instanceId)).findFirst();
    }
}
