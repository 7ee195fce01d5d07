package org.msb.model.network;

import java.util.Locale;

/**
 * Where a route sends traffic, as an {@code AWS::EC2::RouteTable} item records it in one of the fields of
 * {@code routes[]}: {@code gatewayId} ({@code local}, {@code igw-}, {@code vgw-}, {@code vpce-}),
 * {@code natGatewayId}, {@code transitGatewayId}, {@code egressOnlyInternetGatewayId}, {@code networkInterfaceId}
 * (with {@code instanceId} for a route to an instance), {@code vpcPeeringConnectionId}, {@code carrierGatewayId}
 * or {@code localGatewayId}.
 */
public record RouteTarget(Kind kind, String id) {

    /** What a target does with traffic bound for the internet. */
    public enum Kind {
        LOCAL("the VPC itself", Egress.NONE),
        INTERNET_GATEWAY("internet gateway", Egress.DIRECT),
        CARRIER_GATEWAY("carrier gateway", Egress.DIRECT),
        EGRESS_ONLY_INTERNET_GATEWAY("egress-only internet gateway", Egress.OUTBOUND_ONLY),
        NAT_GATEWAY("NAT gateway", Egress.OUTBOUND_ONLY),
        GATEWAY_LOAD_BALANCER_ENDPOINT("gateway load balancer / Network Firewall endpoint", Egress.INSPECTED),
        TRANSIT_GATEWAY("transit gateway", Egress.INSPECTED),
        NETWORK_INTERFACE("network interface", Egress.INSPECTED),
        INSTANCE("instance", Egress.INSPECTED),
        VIRTUAL_PRIVATE_GATEWAY("virtual private gateway", Egress.INSPECTED),
        LOCAL_GATEWAY("Outposts local gateway", Egress.INSPECTED),
        /** A gateway endpoint (S3, DynamoDB): only ever the target of its service's prefix list. */
        VPC_ENDPOINT("gateway VPC endpoint", Egress.NONE),
        /** VPC peering does not carry traffic on to the internet (no edge-to-edge routing). */
        VPC_PEERING("VPC peering connection", Egress.NONE),
        UNKNOWN("unknown target", Egress.NONE);

        private final String label;
        private final Egress egress;

        Kind(String label, Egress egress) {
            this.label = label;
            this.egress = egress;
        }

        public String label() { return label; }

        public Egress egress() { return egress; }
    }

    /**
     * How internet-bound traffic leaves through a target: straight out and reachable from outside (internet
     * and carrier gateways), out only (NAT, egress-only gateway), through a hop that can inspect or proxy it
     * (an appliance, a firewall endpoint, a transit gateway to a central egress VPC, on-premises), or not at all.
     */
    public enum Egress { DIRECT, OUTBOUND_ONLY, INSPECTED, NONE }

    /** E.g. {@code igw-0a1b2c3d (internet gateway)}. */
    public String describe() { return kind == Kind.LOCAL ? "local" : id + " (" + kind.label() + ")"; }

    /**
     * Classifies a target id; {@code toPrefixList} tells a gateway endpoint (S3, DynamoDB: always a prefix-list
     * destination) from a gateway load balancer or Network Firewall endpoint (a CIDR destination), which share
     * the {@code vpce-} prefix.
     */
    static RouteTarget of(String gatewayId, String natGatewayId, String transitGatewayId, String egressOnlyId,
                          String networkInterfaceId, String instanceId, String peeringId, String carrierId, String localGatewayId,
                          boolean toPrefixList) {
        if (natGatewayId != null) return new RouteTarget(Kind.NAT_GATEWAY, natGatewayId);
        if (transitGatewayId != null) return new RouteTarget(Kind.TRANSIT_GATEWAY, transitGatewayId);
        if (egressOnlyId != null) return new RouteTarget(Kind.EGRESS_ONLY_INTERNET_GATEWAY, egressOnlyId);
        if (instanceId != null) return new RouteTarget(Kind.INSTANCE, instanceId);
        if (networkInterfaceId != null) return new RouteTarget(Kind.NETWORK_INTERFACE, networkInterfaceId);
        if (peeringId != null) return new RouteTarget(Kind.VPC_PEERING, peeringId);
        if (carrierId != null) return new RouteTarget(Kind.CARRIER_GATEWAY, carrierId);
        if (localGatewayId != null) return new RouteTarget(Kind.LOCAL_GATEWAY, localGatewayId);
        if (gatewayId != null) {
            String g = gatewayId.toLowerCase(Locale.ROOT);
            if (g.equals("local")) return new RouteTarget(Kind.LOCAL, "local");
            if (g.startsWith("igw-")) return new RouteTarget(Kind.INTERNET_GATEWAY, gatewayId);
            if (g.startsWith("vgw-")) return new RouteTarget(Kind.VIRTUAL_PRIVATE_GATEWAY, gatewayId);
            if (g.startsWith("vpce-")) return new RouteTarget(toPrefixList ? Kind.VPC_ENDPOINT : Kind.GATEWAY_LOAD_BALANCER_ENDPOINT, gatewayId);
            if (g.startsWith("eigw-")) return new RouteTarget(Kind.EGRESS_ONLY_INTERNET_GATEWAY, gatewayId);
            if (g.startsWith("nat-")) return new RouteTarget(Kind.NAT_GATEWAY, gatewayId);
            if (g.startsWith("tgw-")) return new RouteTarget(Kind.TRANSIT_GATEWAY, gatewayId);
        }
        return new RouteTarget(Kind.UNKNOWN, gatewayId == null ? "?" : gatewayId);
    }
}
