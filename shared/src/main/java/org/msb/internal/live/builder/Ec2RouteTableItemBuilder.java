package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteTable;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EC2::RouteTable} items from DescribeRouteTables, shaped as Config records them (aws-config-rdk
 * AWS_EC2_RouteTable.json and the resource schema): routeTableId, vpcId, ownerId, routes [{destinationCidrBlock |
 * destinationIpv6CidrBlock | destinationPrefixListId, gatewayId | natGatewayId | transitGatewayId | ...,
 * state, origin}], associations [{routeTableAssociationId, routeTableId, subnetId | gatewayId, main,
 * associationState {state}}], propagatingVgws [{gatewayId}]; the tags on the item only (the schema has no configuration.tags); a relationship to the VPC.
 */
public final class Ec2RouteTableItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ec2:DescribeRouteTables"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        Ec2Client ec2 = ctx.clients().regional(Ec2Client.class, Ec2Client::builder);
        List<RouteTable> tables = AwsCall.read("EC2", "DescribeRouteTables", "ec2:DescribeRouteTables",
                () -> ec2.describeRouteTablesPaginator(r -> r.maxResults(100)).routeTables().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(tables.size());
        for (RouteTable t : tables) out.add(item(ctx, t));
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, RouteTable t) {
        Map<String, String> tags = SecurityGroupItemBuilder.tags(t.tags());
        JsonArray routes = new JsonArray();
        for (Route r : t.routes()) {
            routes.add(ItemDraft.object(
                    "destinationCidrBlock", r.destinationCidrBlock(),
                    "destinationIpv6CidrBlock", r.destinationIpv6CidrBlock(),
                    "destinationPrefixListId", r.destinationPrefixListId(),
                    "egressOnlyInternetGatewayId", r.egressOnlyInternetGatewayId(),
                    "gatewayId", r.gatewayId(),
                    "instanceId", r.instanceId(),
                    "instanceOwnerId", r.instanceOwnerId(),
                    "natGatewayId", r.natGatewayId(),
                    "transitGatewayId", r.transitGatewayId(),
                    "localGatewayId", r.localGatewayId(),
                    "carrierGatewayId", r.carrierGatewayId(),
                    "networkInterfaceId", r.networkInterfaceId(),
                    "origin", r.originAsString(),
                    "state", r.stateAsString(),
                    "vpcPeeringConnectionId", r.vpcPeeringConnectionId()));
        }
        JsonArray associations = new JsonArray();
        for (RouteTableAssociation a : t.associations()) {
            associations.add(ItemDraft.object(
                    "main", a.main(),
                    "routeTableAssociationId", a.routeTableAssociationId(),
                    "routeTableId", a.routeTableId(),
                    "subnetId", a.subnetId(),
                    "gatewayId", a.gatewayId(),
                    "associationState", a.associationState() == null ? null : ItemDraft.object("state", a.associationState().stateAsString())));
        }
        JsonArray vgws = new JsonArray();
        t.propagatingVgws().forEach(v -> vgws.add(ItemDraft.object("gatewayId", v.gatewayId())));
        JsonObject conf = ItemDraft.object(
                "associations", associations,
                "propagatingVgws", vgws,
                "routeTableId", t.routeTableId(),
                "routes", routes,
                "vpcId", t.vpcId(),
                "ownerId", t.ownerId());
        ItemDraft d = new ItemDraft(ctx, "AWS::EC2::RouteTable", t.routeTableId())
                .arn("arn:" + ctx.partition() + ":ec2:" + ctx.region() + ":" + ctx.accountId() + ":route-table/" + t.routeTableId())
                .availabilityZone("Not Applicable")
                .configuration(conf)
                .tags(tags);
        if (t.vpcId() != null) d.relationship("AWS::EC2::VPC", t.vpcId(), "Is contained in Vpc");
        return d.build();
    }
}
