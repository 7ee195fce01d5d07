package org.msb.model.network;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;

import java.util.Map;

/**
 * A subnet as its {@code AWS::EC2::Subnet} item records it: {@code subnetId}, {@code vpcId},
 * {@code cidrBlock}, {@code availabilityZone}, {@code mapPublicIpOnLaunch} (instances launched here get a
 * public IPv4 address), {@code assignIpv6AddressOnCreation}, {@code defaultForAz} (a default VPC's subnet),
 * and the item's tags.
 */
public record Subnet(String subnetId, String vpcId, String cidrBlock, String availabilityZone, boolean mapPublicIpOnLaunch,
                     boolean assignIpv6AddressOnCreation, boolean defaultForAz, Map<String, String> tags) {
    public static final String RESOURCE_TYPE = "AWS::EC2::Subnet";

    public Subnet { tags = Map.copyOf(tags); }

    public static Subnet from(ConfigurationItem ci) {
        if (!RESOURCE_TYPE.equals(ci.resourceType())) {
            throw new InvalidItemException("expected an " + RESOURCE_TYPE + " item, got " + ci.resourceType() + " " + ci.resourceId());
        }
        String vpc = ci.property("vpcId").text();
        if (vpc == null) throw new ItemFields(ci).error("vpcId", "is missing");
        return new Subnet(ci.property("subnetId").text(ci.resourceId()), vpc, ci.property("cidrBlock").text(),
                ci.property("availabilityZone").text(ci.availabilityZone()), ci.property("mapPublicIpOnLaunch").isTrue(),
                ci.property("assignIpv6AddressOnCreation").isTrue(), ci.property("defaultForAz").isTrue(), ci.tags());
    }

    /** Display name: the Name tag beside the id when there is one. */
    public String describe() {
        String name = tags.get("Name");
        return name == null || name.isBlank() ? subnetId : subnetId + " (" + name + ")";
    }
}
