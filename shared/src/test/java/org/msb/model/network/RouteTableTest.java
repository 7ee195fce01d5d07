package org.msb.model.network;

import org.junit.jupiter.api.Test;
import org.msb.error.InvalidItemException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msb.model.network.ExampleItems.RDK_ROUTE_TABLE;

class RouteTableTest {

    private static RouteTable table(String routes) {
        return RouteTable.from(ExampleItems.withConfiguration(RDK_ROUTE_TABLE, "routes", routes));
    }

    private static List<String> internetTargets(RouteTable t) {
        return t.internetRoutes().stream().map(r -> r.route().target().describe()).toList();
    }

    @Test
    void from_whenRdkMainTable_readsMainAssociationAndIgwRoute() {
        RouteTable t = RouteTable.from(ExampleItems.item(RDK_ROUTE_TABLE));
        assertEquals("rtb-50b9b034", t.routeTableId());
        assertEquals("vpc-0990dc6d", t.vpcId());
        assertTrue(t.main());
        assertEquals(List.of(), t.subnetIds());
        assertEquals(List.of("igw-a5f227c1 (internet gateway)"), internetTargets(t));
        assertEquals(RouteTarget.Kind.LOCAL, t.routes().get(0).target().kind());
    }

    @Test
    void internetRoutes_whenMoreSpecificRoutesTakeEverything_leavesTheDefaultRouteNothing() {
        RouteTable t = table("""
                [{"destinationCidrBlock": "10.0.0.0/16", "gatewayId": "local", "state": "active"},
                 {"destinationCidrBlock": "0.0.0.0/0", "gatewayId": "igw-0a1", "state": "active"},
                 {"destinationCidrBlock": "0.0.0.0/1", "natGatewayId": "nat-0b2", "state": "active"},
                 {"destinationCidrBlock": "128.0.0.0/1", "natGatewayId": "nat-0b2", "state": "active"}]""");
        assertEquals(List.of("nat-0b2 (NAT gateway)", "nat-0b2 (NAT gateway)"), internetTargets(t));
    }

    @Test
    void internetRoutes_whenSpecificPublicRangeGoesToIgw_countsItBesideTheNatDefault() {
        RouteTable t = table("""
                [{"destinationCidrBlock": "0.0.0.0/0", "natGatewayId": "nat-0b2", "state": "active"},
                 {"destinationCidrBlock": "52.94.0.0/22", "gatewayId": "igw-0a1", "state": "active"},
                 {"destinationCidrBlock": "10.8.0.0/16", "transitGatewayId": "tgw-0c3", "state": "active"}]""");
        assertEquals(List.of("igw-0a1 (internet gateway)", "nat-0b2 (NAT gateway)"), internetTargets(t),
                "a private destination (10.8.0.0/16 via the transit gateway) is not an internet route");
    }

    @Test
    void internetRoutes_whenBlackholeOrPrefixListToEndpoint_ignoresThem() {
        RouteTable t = table("""
                [{"destinationCidrBlock": "0.0.0.0/0", "natGatewayId": "nat-deleted", "state": "blackhole"},
                 {"destinationPrefixListId": "pl-6da54004", "gatewayId": "vpce-0a9", "state": "active"},
                 {"destinationIpv6CidrBlock": "::/0", "egressOnlyInternetGatewayId": "eigw-0d4", "state": "active"}]""");
        assertEquals(List.of("eigw-0d4 (egress-only internet gateway)"), internetTargets(t));
        assertEquals(RouteTarget.Kind.VPC_ENDPOINT, t.routes().get(1).target().kind(), "a prefix-list vpce- is a gateway endpoint");
    }

    @Test
    void internetRoutes_whenVpceWithCidrOrEniOrInstance_classifiesThemAsInspecting() {
        RouteTable t = table("""
                [{"destinationCidrBlock": "0.0.0.0/0", "gatewayId": "vpce-0f7", "state": "active"},
                 {"destinationCidrBlock": "1.0.0.0/8", "networkInterfaceId": "eni-0e5", "state": "active"},
                 {"destinationCidrBlock": "2.0.0.0/8", "instanceId": "i-0f6", "networkInterfaceId": "eni-0f6", "state": "active"},
                 {"destinationCidrBlock": "3.0.0.0/8", "vpcPeeringConnectionId": "pcx-0a7", "state": "active"},
                 {"destinationPrefixListId": "pl-0b8", "gatewayId": "igw-0a1", "state": "active"}]""");
        List<RouteTarget.Kind> kinds = t.internetRoutes().stream().map(r -> r.route().target().kind()).toList();
        assertTrue(kinds.contains(RouteTarget.Kind.GATEWAY_LOAD_BALANCER_ENDPOINT));
        assertTrue(kinds.contains(RouteTarget.Kind.NETWORK_INTERFACE));
        assertTrue(kinds.contains(RouteTarget.Kind.INSTANCE), "instanceId wins over its interface id");
        assertTrue(kinds.contains(RouteTarget.Kind.INTERNET_GATEWAY), "a prefix list to an internet gateway is an internet route");
        assertEquals(RouteTarget.Egress.NONE, RouteTarget.Kind.VPC_PEERING.egress(), "peering does not carry traffic on to the internet");
    }

    @Test
    void from_whenAssociationDisassociated_ignoresIt() {
        RouteTable t = RouteTable.from(ExampleItems.withConfiguration(RDK_ROUTE_TABLE, "associations", """
                [{"routeTableAssociationId": "rtbassoc-1", "subnetId": "subnet-0a", "main": false, "associationState": {"state": "disassociated"}},
                 {"routeTableAssociationId": "rtbassoc-2", "subnetId": "subnet-0b", "main": false, "associationState": {"state": "associated"}},
                 {"routeTableAssociationId": "rtbassoc-3", "gatewayId": "igw-0a1", "main": false}]"""));
        assertFalse(t.main());
        assertEquals(List.of("subnet-0b"), t.subnetIds());
        assertEquals(List.of("igw-0a1"), t.gatewayIds());
    }

    @Test
    void from_whenRouteHasNoTargetOrDestination_namesItemAndPath() {
        InvalidItemException e = assertThrows(InvalidItemException.class, () -> table("""
                [{"destinationCidrBlock": "0.0.0.0/0", "state": "active"}]"""));
        assertTrue(e.getMessage().contains("rtb-50b9b034: configuration.routes[0]"), e.getMessage());
        InvalidItemException d = assertThrows(InvalidItemException.class, () -> table("""
                [{"gatewayId": "igw-0a1", "state": "active"}]"""));
        assertTrue(d.getMessage().contains("has no destinationCidrBlock"), d.getMessage());
        InvalidItemException c = assertThrows(InvalidItemException.class, () -> table("""
                [{"destinationCidrBlock": "0.0.0.0/33", "gatewayId": "igw-0a1"}]"""));
        assertTrue(c.getMessage().contains("configuration.routes[0].destinationCidrBlock"), c.getMessage());
    }
}
