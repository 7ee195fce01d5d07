package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.NetworkInterface;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.Vpc;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockAssociation;
import software.amazon.awssdk.services.ec2.model.VpcIpv6CidrBlockAssociation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EC2::VPC} items from DescribeVpcs, shaped as Config records them (aws-config-rdk AWS_EC2_VPC.json,
 * the Config resource schema): vpcId, state, cidrBlock, cidrBlockAssociationSet [{associationId, cidrBlock,
 * cidrBlockState {state}}], ipv6CidrBlockAssociationSet, dhcpOptionsId, instanceTenancy, isDefault, ownerId.
 * Tags go on the item only: the schema lists no tag members inside configuration and the example's list is
 * empty, so their shape there is unknown. Relationships "Contains Subnet" (DescribeSubnets) and "Contains
 * NetworkInterface" (DescribeNetworkInterfaces) tell whose subnets and interfaces a flow log watches; Config's
 * relationships to instances, route tables, gateways and groups are not built.
 */
public final class Ec2VpcItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ec2:DescribeVpcs, ec2:DescribeSubnets, ec2:DescribeNetworkInterfaces"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        Ec2Client ec2 = ctx.clients().regional(Ec2Client.class, Ec2Client::builder);
        List<Vpc> vpcs = AwsCall.read("EC2", "DescribeVpcs", "ec2:DescribeVpcs",
                () -> ec2.describeVpcsPaginator(r -> r.maxResults(1000)).vpcs().stream().toList());
        if (vpcs.isEmpty()) return List.of();
        Map<String, List<String>> subnets = new LinkedHashMap<>();
        for (Subnet s : AwsCall.read("EC2", "DescribeSubnets", "ec2:DescribeSubnets",
                () -> ec2.describeSubnetsPaginator(r -> r.maxResults(1000)).subnets().stream().toList())) {
            subnets.computeIfAbsent(s.vpcId(), k -> new ArrayList<>()).add(s.subnetId());
        }
        Map<String, List<String>> interfaces = new LinkedHashMap<>();
        for (NetworkInterface n : AwsCall.read("EC2", "DescribeNetworkInterfaces", "ec2:DescribeNetworkInterfaces",
                () -> ec2.describeNetworkInterfacesPaginator(r -> r.maxResults(1000)).networkInterfaces().stream().toList())) {
            interfaces.computeIfAbsent(n.vpcId(), k -> new ArrayList<>()).add(n.networkInterfaceId());
        }
        List<ConfigurationItem> out = new ArrayList<>(vpcs.size());
        for (Vpc v : vpcs) {
            out.add(item(ctx, v, subnets.getOrDefault(v.vpcId(), List.of()), interfaces.getOrDefault(v.vpcId(), List.of())));
        }
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, Vpc v, List<String> subnetIds, List<String> interfaceIds) {
        Map<String, String> tags = SecurityGroupItemBuilder.tags(v.tags());
        JsonArray cidrs = new JsonArray();
        for (VpcCidrBlockAssociation a : v.cidrBlockAssociationSet()) {
            cidrs.add(ItemDraft.object("associationId", a.associationId(), "cidrBlock", a.cidrBlock(),
                    "cidrBlockState", a.cidrBlockState() == null ? null : ItemDraft.object("state", a.cidrBlockState().stateAsString())));
        }
        JsonArray ipv6 = new JsonArray();
        for (VpcIpv6CidrBlockAssociation a : v.ipv6CidrBlockAssociationSet()) {
            ipv6.add(ItemDraft.object("associationId", a.associationId(), "ipv6CidrBlock", a.ipv6CidrBlock(),
                    "ipv6CidrBlockState", a.ipv6CidrBlockState() == null ? null : ItemDraft.object("state", a.ipv6CidrBlockState().stateAsString()),
                    "networkBorderGroup", a.networkBorderGroup(), "ipv6Pool", a.ipv6Pool()));
        }
        JsonObject conf = ItemDraft.object(
                "cidrBlock", v.cidrBlock(),
                "dhcpOptionsId", v.dhcpOptionsId(),
                "state", v.stateAsString(),
                "vpcId", v.vpcId(),
                "ownerId", v.ownerId(),
                "instanceTenancy", v.instanceTenancyAsString(),
                "ipv6CidrBlockAssociationSet", ipv6,
                "cidrBlockAssociationSet", cidrs,
                "isDefault", v.isDefault());
        ItemDraft d = new ItemDraft(ctx, "AWS::EC2::VPC", v.vpcId())
                .arn("arn:" + ctx.partition() + ":ec2:" + ctx.region() + ":" + ctx.accountId() + ":vpc/" + v.vpcId())
                .availabilityZone("Multiple Availability Zones")
                .configuration(conf)
                .tags(tags);
        if (tags.containsKey("Name")) d.name(tags.get("Name"));
        interfaceIds.forEach(id -> d.relationship("AWS::EC2::NetworkInterface", id, "Contains NetworkInterface"));
        subnetIds.forEach(id -> d.relationship("AWS::EC2::Subnet", id, "Contains Subnet"));
        return d.build();
    }
}
