package org.msb.model.network;

import org.junit.jupiter.api.Test;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VpcRoutingTest {
    private static final String VPC = "vpc-0a1";

    private static ConfigurationItem subnet(String id, String vpc, String tagsJson) {
        return ConfigurationItemParser.parse("""
                {"configurationItemStatus": "OK", "resourceType": "AWS::EC2::Subnet", "resourceId": "%s", "tags": %s,
                 "configuration": {"subnetId": "%s", "vpcId": "%s", "cidrBlock": "10.0.1.0/24", "mapPublicIpOnLaunch": false}}"""
                .formatted(id, tagsJson, id, vpc));
    }

    private static ConfigurationItem table(String id, boolean main, List<String> subnets, String routes) {
        StringBuilder assoc = new StringBuilder("[");
        if (main) assoc.append("{\"main\": true, \"routeTableId\": \"").append(id).append("\"}");
        for (String s : subnets) assoc.append(assoc.length() > 1 ? "," : "").append("{\"main\": false, \"subnetId\": \"").append(s).append("\"}");
        assoc.append("]");
        return ConfigurationItemParser.parse("""
                {"configurationItemStatus": "OK", "resourceType": "AWS::EC2::RouteTable", "resourceId": "%s",
                 "configuration": {"routeTableId": "%s", "vpcId": "%s", "associations": %s, "routes": %s}}"""
                .formatted(id, id, VPC, assoc, routes));
    }

    private static ConfigurationItem nat(String id, String subnet) {
        return ConfigurationItemParser.parse("""
                {"configurationItemStatus": "OK", "resourceType": "AWS::EC2::NatGateway", "resourceId": "%s",
                 "configuration": {"natGatewayId": "%s", "subnetId": "%s", "vpcId": "%s", "state": {"value": "available"}, "connectivityType": "public"}}"""
                .formatted(id, id, subnet, VPC));
    }

    private final VpcRouting routing = VpcRouting.fromItems(
            List.of(subnet("subnet-pub", VPC, "{\"tier\": \"public\"}"), subnet("subnet-app", VPC, "{}"), subnet("subnet-new", VPC, "{}"),
                    subnet("subnet-other", "vpc-0b2", "{}")),
            List.of(table("rtb-main", true, List.of(), "[{\"destinationCidrBlock\": \"10.0.0.0/16\", \"gatewayId\": \"local\"}]"),
                    table("rtb-pub", false, List.of("subnet-pub"), "[{\"destinationCidrBlock\": \"0.0.0.0/0\", \"gatewayId\": \"igw-0a1\"}]"),
                    table("rtb-app", false, List.of("subnet-app"), "[{\"destinationCidrBlock\": \"0.0.0.0/0\", \"natGatewayId\": \"nat-0a\"}]")),
            List.of(nat("nat-0a", "subnet-pub")));

    @Test
    void associationOf_whenNoExplicitAssociation_usesTheVpcsMainTable() {
        var a = routing.associationOf(routing.subnet("subnet-new").orElseThrow()).orElseThrow();
        assertEquals("rtb-main", a.table().routeTableId());
        assertTrue(a.viaMainTable());
        var e = routing.egressOf(routing.subnet("subnet-new").orElseThrow()).orElseThrow();
        assertTrue(e.isIsolated());
        assertEquals("rtb-main (main route table)", e.tableLabel());
    }

    @Test
    void associationOf_whenVpcHasNoRecordedMainTable_isEmpty() {
        assertTrue(routing.associationOf(routing.subnet("subnet-other").orElseThrow()).isEmpty());
        assertTrue(routing.egressOf(routing.subnet("subnet-other").orElseThrow()).isEmpty());
    }

    @Test
    void egressOf_whenExplicitTables_reportsDirectAndNatRoutes() {
        var pub = routing.egressOf(routing.subnet("subnet-pub").orElseThrow()).orElseThrow();
        assertEquals(1, pub.direct().size());
        assertFalse(pub.association().viaMainTable());
        var app = routing.egressOf(routing.subnet("subnet-app").orElseThrow()).orElseThrow();
        assertTrue(app.direct().isEmpty());
        assertEquals(List.of("nat-0a"), app.withEgress(RouteTarget.Egress.OUTBOUND_ONLY).stream().map(r -> r.target().id()).toList());
        assertEquals("subnet-pub", routing.natGateway("nat-0a").orElseThrow().subnetId());
    }

    @Test
    void subnetsUsing_whenMainTable_includesTheVpcsUnassociatedSubnetsOnly() {
        RouteTable main = routing.table("rtb-main").orElseThrow();
        assertEquals(List.of("subnet-new"), routing.subnetsUsing(main).stream().map(Subnet::subnetId).toList());
        RouteTable pub = routing.table("rtb-pub").orElseThrow();
        assertEquals(List.of("subnet-pub"), routing.subnetsUsing(pub).stream().map(Subnet::subnetId).toList());
    }

    @Test
    void subnetsUsing_whenMainTableIsAlsoAssociated_listsExplicitAndDefaultSubnetsInRecordedOrder() {
        VpcRouting r = VpcRouting.fromItems(
                List.of(subnet("subnet-a", VPC, "{}"), subnet("subnet-b", VPC, "{}"), subnet("subnet-c", VPC, "{}"), subnet("subnet-d", "vpc-other", "{}")),
                List.of(table("rtb-m", true, List.of("subnet-c"), "[]"), table("rtb-x", false, List.of("subnet-b"), "[]")), List.of());

        assertEquals(List.of("subnet-a", "subnet-c"), r.subnetsUsing(r.table("rtb-m").orElseThrow()).stream().map(Subnet::subnetId).toList(),
                "the unassociated subnet of its VPC and the one associated explicitly, not another VPC's");
        assertEquals(List.of("subnet-b"), r.subnetsUsing(r.table("rtb-x").orElseThrow()).stream().map(Subnet::subnetId).toList());
    }

    @Test
    void tagSelector_whenKeyValueOrKeyOnly_matchesAsDocumented() {
        assertTrue(TagSelector.parse("tier=public").matches(Map.of("tier", "Public ")));
        assertFalse(TagSelector.parse("tier=public").matches(Map.of("tier", "private")));
        assertTrue(TagSelector.parse("dmz").matches(Map.of("dmz", "")));
        assertFalse(TagSelector.parse("dmz").matches(Map.of()));
    }

    @Test
    void subnetAndNat_fromRdkExamples_readTheirFields() {
        Subnet s = Subnet.from(ExampleItems.item(ExampleItems.RDK_SUBNET));
        assertEquals("subnet-29428871", s.subnetId());
        assertEquals("vpc-0990dc6d", s.vpcId());
        assertTrue(s.mapPublicIpOnLaunch());
        assertTrue(s.defaultForAz());
        NatGateway n = NatGateway.from(ExampleItems.item(ExampleItems.RDK_NAT_GATEWAY));
        assertEquals("subnet-test", n.subnetId());
        assertEquals("pending", n.state(), "older items record state as a plain string");
        assertFalse(n.isPrivate());
    }
}
