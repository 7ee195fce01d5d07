package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ec2.model.SubnetIpv6CidrBlockAssociation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EC2::Subnet} items from DescribeSubnets, shaped as Config records them (aws-config-rdk
 * AWS_EC2_Subnet.json and the resource schema): subnetId, vpcId, cidrBlock, availabilityZone(Id),
 * availableIpAddressCount, defaultForAz, mapPublicIpOnLaunch, assignIpv6AddressOnCreation,
 * ipv6CidrBlockAssociationSet, state {value}, subnetArn, ownerId; the tags on the item only (the schema has no configuration.tags); a relationship to the VPC.
 */
public final class Ec2SubnetItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ec2:DescribeSubnets"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        Ec2Client ec2 = ctx.clients().regional(Ec2Client.class, Ec2Client::builder);
        List<Subnet> subnets = AwsCall.read("EC2", "DescribeSubnets", "ec2:DescribeSubnets",
                () -> ec2.describeSubnetsPaginator(r -> r.maxResults(1000)).subnets().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(subnets.size());
        for (Subnet s : subnets) out.add(item(ctx, s));
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, Subnet s) {
        Map<String, String> tags = SecurityGroupItemBuilder.tags(s.tags());
        JsonArray ipv6 = new JsonArray();
        for (SubnetIpv6CidrBlockAssociation a : s.ipv6CidrBlockAssociationSet()) {
            ipv6.add(ItemDraft.object("associationId", a.associationId(), "ipv6CidrBlock", a.ipv6CidrBlock(),
                    "ipv6CidrBlockState", a.ipv6CidrBlockState() == null ? null : ItemDraft.object("state", a.ipv6CidrBlockState().stateAsString())));
        }
        JsonObject conf = ItemDraft.object(
                "availabilityZone", s.availabilityZone(),
                "availabilityZoneId", s.availabilityZoneId(),
                "availableIpAddressCount", s.availableIpAddressCount(),
                "cidrBlock", s.cidrBlock(),
                "defaultForAz", s.defaultForAz(),
                "mapPublicIpOnLaunch", s.mapPublicIpOnLaunch(),
                "state", ItemDraft.object("value", s.stateAsString()),
                "subnetId", s.subnetId(),
                "vpcId", s.vpcId(),
                "ownerId", s.ownerId(),
                "assignIpv6AddressOnCreation", s.assignIpv6AddressOnCreation(),
                "ipv6CidrBlockAssociationSet", ipv6,
                "subnetArn", s.subnetArn(),
                "ipv6Native", s.ipv6Native());
        ItemDraft d = new ItemDraft(ctx, "AWS::EC2::Subnet", s.subnetId())
                .arn(s.subnetArn() != null ? s.subnetArn() : "arn:" + ctx.partition() + ":ec2:" + ctx.region() + ":" + ctx.accountId() + ":subnet/" + s.subnetId())
                .availabilityZone(s.availabilityZone())
                .configuration(conf)
                .tags(tags);
        if (s.vpcId() != null) d.relationship("AWS::EC2::VPC", s.vpcId(), "Is contained in Vpc");
        return d.build();
    }
}
