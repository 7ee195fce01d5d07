package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.NatGateway;
import software.amazon.awssdk.services.ec2.model.NatGatewayAddress;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EC2::NatGateway} items from DescribeNatGateways, shaped as Config records them (aws-config-rdk
 * AWS_EC2_NatGateway.json and the resource schema): natGatewayId, subnetId, vpcId, state {value}, connectivityType,
 * createTime (epoch milliseconds), natGatewayAddresses [{allocationId, networkInterfaceId, privateIp, publicIp}],
 * tags; relationships to the VPC and the subnet. Deleted gateways are left out: Config records them as deleted.
 */
public final class Ec2NatGatewayItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ec2:DescribeNatGateways"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        Ec2Client ec2 = ctx.clients().regional(Ec2Client.class, Ec2Client::builder);
        List<NatGateway> nats = AwsCall.read("EC2", "DescribeNatGateways", "ec2:DescribeNatGateways",
                () -> ec2.describeNatGatewaysPaginator(r -> r.maxResults(1000)).natGateways().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(nats.size());
        for (NatGateway n : nats) {
            if (n.state() == NatGatewayState.DELETED) continue;
            out.add(item(ctx, n));
        }
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, NatGateway n) {
        Map<String, String> tags = SecurityGroupItemBuilder.tags(n.tags());
        JsonArray addresses = new JsonArray();
        for (NatGatewayAddress a : n.natGatewayAddresses()) {
            addresses.add(ItemDraft.object("allocationId", a.allocationId(), "networkInterfaceId", a.networkInterfaceId(),
                    "privateIp", a.privateIp(), "publicIp", a.publicIp()));
        }
        JsonObject conf = ItemDraft.object(
                "createTime", n.createTime() == null ? null : n.createTime().toEpochMilli(),
                "natGatewayAddresses", addresses,
                "natGatewayId", n.natGatewayId(),
                "state", ItemDraft.object("value", n.stateAsString()),
                "subnetId", n.subnetId(),
                "vpcId", n.vpcId(),
                "tags", ItemDraft.tagList(tags),
                "connectivityType", n.connectivityTypeAsString());
        ItemDraft d = new ItemDraft(ctx, "AWS::EC2::NatGateway", n.natGatewayId())
                .arn("arn:" + ctx.partition() + ":ec2:" + ctx.region() + ":" + ctx.accountId() + ":natgateway/" + n.natGatewayId())
                .availabilityZone("Not Applicable")
                .created(n.createTime())
                .configuration(conf)
                .tags(tags);
        if (n.vpcId() != null) d.relationship("AWS::EC2::VPC", n.vpcId(), "Is contained in Vpc");
        if (n.subnetId() != null) d.relationship("AWS::EC2::Subnet", n.subnetId(), "Is contained in Subnet");
        return d.build();
    }
}
