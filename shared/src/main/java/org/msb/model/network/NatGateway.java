package org.msb.model.network;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;

/**
 * A NAT gateway as its {@code AWS::EC2::NatGateway} item records it: {@code natGatewayId}, {@code subnetId}
 * (where it sits: its own traffic follows that subnet's route table), {@code vpcId}, {@code state} and
 * {@code connectivityType} ({@code public}, or {@code private} for NAT without internet access).
 */
public record NatGateway(String natGatewayId, String subnetId, String vpcId, String state, String connectivityType) {
    public static final String RESOURCE_TYPE = "AWS::EC2::NatGateway";

    public static NatGateway from(ConfigurationItem ci) {
        if (!RESOURCE_TYPE.equals(ci.resourceType())) {
            throw new InvalidItemException("expected an " + RESOURCE_TYPE + " item, got " + ci.resourceType() + " " + ci.resourceId());
        }
        String subnet = ci.property("subnetId").text();
        if (subnet == null) throw new ItemFields(ci).error("subnetId", "is missing");
        // state is "available" in older items and {"value": "available"} in newer ones
        String state = ci.property("state").isObject() ? ci.property("state.value").text() : ci.property("state").text();
        return new NatGateway(ci.property("natGatewayId").text(ci.resourceId()), subnet, ci.property("vpcId").text(),
                state, ci.property("connectivityType").text("public"));
    }

    public boolean isPrivate() { return "private".equalsIgnoreCase(connectivityType); }
}
