package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.NetworkAcl;
import software.amazon.awssdk.services.ec2.model.NetworkAclAssociation;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EC2::NetworkAcl} items from DescribeNetworkAcls, shaped as Config records them
 * (aws-config-rdk AWS_EC2_NetworkAcl.json): networkAclId, vpcId, isDefault, ownerId, entries
 * [{ruleNumber, protocol, ruleAction, egress, cidrBlock | ipv6CidrBlock, portRange {from, to},
 * icmpTypeCode {code, type}}], associations [{networkAclAssociationId, networkAclId, subnetId}], tags;
 * relationships "Is attached to Subnet" per association and "Is contained in Vpc".
 */
public final class NetworkAclItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ec2:DescribeNetworkAcls"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        Ec2Client ec2 = ctx.clients().regional(Ec2Client.class, Ec2Client::builder);
        List<NetworkAcl> acls = AwsCall.read("EC2", "DescribeNetworkAcls", "ec2:DescribeNetworkAcls",
                () -> ec2.describeNetworkAclsPaginator(r -> r.maxResults(1000)).networkAcls().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(acls.size());
        for (NetworkAcl a : acls) out.add(item(ctx, a));
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, NetworkAcl a) {
        Map<String, String> tags = SecurityGroupItemBuilder.tags(a.tags());
        JsonArray entries = new JsonArray();
        for (NetworkAclEntry e : a.entries()) {
            JsonObject portRange = e.portRange() == null ? null : ItemDraft.object("from", e.portRange().from(), "to", e.portRange().to());
            JsonObject icmp = e.icmpTypeCode() == null ? null : ItemDraft.object("code", e.icmpTypeCode().code(), "type", e.icmpTypeCode().type());
            entries.add(ItemDraft.object(
                    "ruleNumber", e.ruleNumber(),
                    "protocol", e.protocol(),
                    "ruleAction", e.ruleActionAsString(),
                    "egress", e.egress(),
                    "cidrBlock", e.cidrBlock(),
                    "ipv6CidrBlock", e.ipv6CidrBlock(),
                    "portRange", portRange,
                    "icmpTypeCode", icmp));
        }
        JsonArray associations = new JsonArray();
        for (NetworkAclAssociation s : a.associations()) {
            associations.add(ItemDraft.object("networkAclAssociationId", s.networkAclAssociationId(),
                    "networkAclId", s.networkAclId(), "subnetId", s.subnetId()));
        }
        JsonObject conf = ItemDraft.object(
                "networkAclId", a.networkAclId(),
                "vpcId", a.vpcId(),
                "isDefault", a.isDefault(),
                "entries", entries,
                "associations", associations,
                "tags", ItemDraft.tagList(tags),
                "ownerId", a.ownerId());
        ItemDraft d = new ItemDraft(ctx, "AWS::EC2::NetworkAcl", a.networkAclId())
                .arn("arn:" + ctx.partition() + ":ec2:" + ctx.region() + ":" + ctx.accountId() + ":network-acl/" + a.networkAclId())
                .availabilityZone("Multiple Availability Zones")
                .configuration(conf)
                .tags(tags);
        for (NetworkAclAssociation s : a.associations()) {
            if (s.subnetId() != null) d.relationship("AWS::EC2::Subnet", s.subnetId(), "Is attached to Subnet");
        }
        if (a.vpcId() != null) d.relationship("AWS::EC2::VPC", a.vpcId(), "Is contained in Vpc");
        return d.build();
    }
}
