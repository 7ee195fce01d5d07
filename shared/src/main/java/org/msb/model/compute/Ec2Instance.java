package org.msb.model.compute;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An EC2 instance as its {@code AWS::EC2::Instance} item records it: {@code instanceId}, {@code state.name},
 * {@code subnetId}, {@code vpcId}, {@code keyName}, {@code platform}, {@code iamInstanceProfile.arn}, and its public
 * IPv4 addresses from {@code publicIpAddress} and {@code networkInterfaces[].association.publicIp} (an Elastic IP on
 * a secondary interface shows only there).
 */
public record Ec2Instance(String instanceId, String state, String subnetId, String vpcId, String keyName, String platform,
                          String instanceProfileArn, List<String> publicIps, Map<String, String> tags) {
    public static final String RESOURCE_TYPE = "AWS::EC2::Instance";

    public Ec2Instance {
        publicIps = List.copyOf(publicIps);
        tags = Map.copyOf(tags);
    }

    public static Ec2Instance from(ConfigurationItem ci) {
        if (!RESOURCE_TYPE.equals(ci.resourceType())) {
            throw new InvalidItemException("expected an " + RESOURCE_TYPE + " item, got " + ci.resourceType() + " " + ci.resourceId());
        }
        Set<String> ips = new LinkedHashSet<>();
        String primary = ci.property("publicIpAddress").text();
        if (primary != null && !primary.isBlank()) ips.add(primary);
        for (Node eni : ci.property("networkInterfaces").list()) {
            String ip = eni.path("association.publicIp").text();
            if (ip != null && !ip.isBlank()) ips.add(ip);
        }
        String key = ci.property("keyName").text();
        return new Ec2Instance(ci.property("instanceId").text(ci.resourceId()), ci.property("state.name").text(),
                ci.property("subnetId").text(), ci.property("vpcId").text(), key == null || key.isBlank() ? null : key,
                ci.property("platform").text(), ci.property("iamInstanceProfile.arn").text(), new ArrayList<>(ips), ci.tags());
    }

    public boolean isRunning() { return "running".equalsIgnoreCase(state); }

    /** Terminated (or shutting down) instances are gone for every practical purpose. */
    public boolean isTerminated() { return "terminated".equalsIgnoreCase(state) || "shutting-down".equalsIgnoreCase(state); }

    public boolean hasPublicIp() { return !publicIps.isEmpty(); }

    /** Display name: the Name tag beside the id when there is one. */
    public String describe() {
        String name = tags.get("Name");
        return name == null || name.isBlank() ? instanceId : instanceId + " (" + name + ")";
    }
}
