package org.msb.internal.live.builder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.internal.live.DescribeItemSource;
import org.msb.item.ConfigurationItem;
import org.msb.model.network.RouteTarget;
import org.msb.model.network.VpcRouting;
import org.msb.testkit.MotoServer;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.services.ec2.Ec2Client;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Subnets, route tables and NAT gateways built from the EC2 API in Config's shape, found by naming convention, and
 * read by the network model end to end: a private subnet routes through a NAT gateway in a public subnet.
 */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class NetworkItemBuildersMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private Ec2Client ec2() { return MOTO.clients().regional(Ec2Client.class, Ec2Client::builder); }

    private List<ConfigurationItem> items(String type) {
        return new DescribeItemSource(MOTO.clients(), MotoServer.ACCOUNT_ID, Clock.systemUTC()).items(type);
    }

    private static ConfigurationItem byId(List<ConfigurationItem> items, String id) {
        return items.stream().filter(i -> i.resourceId().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not built"));
    }

    @Test
    void subnetsRouteTablesAndNatGateways_haveConfigShape_andRouteAsRecorded() {
        String vpc = ec2().createVpc(r -> r.cidrBlock("10.50.0.0/16")).vpc().vpcId();
        String pub = ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.50.0.0/24").availabilityZone("us-east-1a")
                .tagSpecifications(t -> t.resourceType("subnet").tags(x -> x.key("tier").value("public")))).subnet().subnetId();
        ec2().modifySubnetAttribute(r -> r.subnetId(pub).mapPublicIpOnLaunch(v -> v.value(true)));
        String app = ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.50.16.0/20").availabilityZone("us-east-1a")).subnet().subnetId();
        String fresh = ec2().createSubnet(r -> r.vpcId(vpc).cidrBlock("10.50.32.0/20").availabilityZone("us-east-1b")).subnet().subnetId();
        String igw = ec2().createInternetGateway(r -> {}).internetGateway().internetGatewayId();
        ec2().attachInternetGateway(r -> r.internetGatewayId(igw).vpcId(vpc));
        String eip = ec2().allocateAddress(r -> r.domain("vpc")).allocationId();
        String nat = ec2().createNatGateway(r -> r.subnetId(pub).allocationId(eip)
                .tagSpecifications(t -> t.resourceType("natgateway").tags(x -> x.key("Name").value("nat-a")))).natGateway().natGatewayId();
        String pubRt = ec2().createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
        ec2().createRoute(r -> r.routeTableId(pubRt).destinationCidrBlock("0.0.0.0/0").gatewayId(igw));
        ec2().associateRouteTable(r -> r.routeTableId(pubRt).subnetId(pub));
        String appRt = ec2().createRouteTable(r -> r.vpcId(vpc)).routeTable().routeTableId();
        ec2().createRoute(r -> r.routeTableId(appRt).destinationCidrBlock("0.0.0.0/0").natGatewayId(nat));
        String tgw = ec2().createTransitGateway(r -> {}).transitGateway().transitGatewayId();
        ec2().createRoute(r -> r.routeTableId(appRt).destinationCidrBlock("10.100.0.0/16").transitGatewayId(tgw));
        ec2().associateRouteTable(r -> r.routeTableId(appRt).subnetId(app));

        List<ConfigurationItem> subnets = items("AWS::EC2::Subnet"), tables = items("AWS::EC2::RouteTable"), nats = items("AWS::EC2::NatGateway");

        ConfigurationItem pubItem = byId(subnets, pub);
        assertEquals(Set.of(), SchemaPaths.unknownPaths(pubItem));
        assertEquals("public", pubItem.tag("tier"));
        assertTrue(pubItem.property("mapPublicIpOnLaunch").isTrue());
        assertEquals("available", pubItem.property("state.value").text());
        assertEquals(vpc, pubItem.property("vpcId").text());
        ConfigurationItem appRtItem = byId(tables, appRt);
        assertEquals(Set.of(), SchemaPaths.unknownPaths(appRtItem));
        assertEquals(nat, appRtItem.property("routes").list().stream().filter(r -> "0.0.0.0/0".equals(r.get("destinationCidrBlock").text()))
                .findFirst().orElseThrow().get("natGatewayId").text());
        assertEquals(app, appRtItem.property("associations").at(0).get("subnetId").text());
        ConfigurationItem natItem = byId(nats, nat);
        assertEquals(Set.of(), SchemaPaths.unknownPaths(natItem));
        assertEquals(pub, natItem.property("subnetId").text());
        assertFalse(org.msb.model.network.NatGateway.from(natItem).isPrivate(), "moto omits connectivityType; absent means public");
        assertEquals("nat-a", natItem.tag("Name"));

        VpcRouting routing = VpcRouting.fromItems(subnets, tables, nats);
        var appEgress = routing.egressOf(routing.subnet(app).orElseThrow()).orElseThrow();
        assertEquals(List.of(RouteTarget.Kind.NAT_GATEWAY), appEgress.routes().stream().map(r -> r.route().target().kind()).toList(),
                "the transit gateway route goes to a private range, not the internet");
        var pubEgress = routing.egressOf(routing.subnet(pub).orElseThrow()).orElseThrow();
        assertEquals(igw, pubEgress.direct().get(0).target().id());
        var freshAssociation = routing.associationOf(routing.subnet(fresh).orElseThrow()).orElseThrow();
        assertTrue(freshAssociation.viaMainTable(), "a subnet without an association uses the VPC's main table");
        assertTrue(routing.egressOf(routing.subnet(fresh).orElseThrow()).orElseThrow().isIsolated());
    }

    @Test
    void prefixLists_customerManagedOnly_withTheirEntries() {
        String pl = ec2().createManagedPrefixList(r -> r.prefixListName("office-ranges").addressFamily("IPv4").maxEntries(5)
                .entries(e -> e.cidr("198.51.100.0/24").description("Dublin office"), e -> e.cidr("203.0.113.0/24").description("Lisbon office")))
                .prefixList().prefixListId();

        List<ConfigurationItem> lists = items("AWS::EC2::PrefixList");

        assertEquals(List.of(pl), lists.stream().map(ConfigurationItem::resourceId).toList(), "AWS-managed lists are not recorded by Config");
        assertEquals(Set.of(), SchemaPaths.unknownPaths(lists.get(0)));
        org.msb.model.network.PrefixLists read = org.msb.model.network.PrefixLists.fromItems(lists);
        assertEquals(List.of("198.51.100.0/24", "203.0.113.0/24"), read.entries(pl).stream().map(Object::toString).sorted().toList());
    }
}
