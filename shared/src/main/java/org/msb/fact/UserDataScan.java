package org.msb.fact;

import java.util.List;
import java.util.Optional;

/**
 * Every EC2 instance of one region (terminated ones excluded) with the result of scanning its user data for
 * secrets (ec2:DescribeInstanceAttribute userData). Configuration items do not hold user data; this fact
 * carries only lines, names and kinds, so a captured world never contains a secret.
 */
public record UserDataScan(List<InstanceUserDataScan> instances) {
    public UserDataScan {
        instances = instances == null ? List.of() : List.copyOf(instances);
    }

    public Optional<InstanceUserDataScan> instance(String instanceId) {
        return instances.stream().filter(i -> instanceId.equals(i.instanceId())).findFirst();
    }
}
