package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EC2::SecurityGroup} items from DescribeSecurityGroups, shaped as Config records them
 * (aws-config-rdk AWS_EC2_SecurityGroup.json, cloud-custodian event-config-rule-security-group.json):
 * each permission has ipProtocol, fromPort/toPort (absent for all traffic), userIdGroupPairs,
 * ipRanges as plain CIDR strings next to ipv4Ranges [{cidrIp, description}], ipv6Ranges [{cidrIpv6}],
 * prefixListIds [{prefixListId}]; configuration.tags as [{key, value}]; a relationship to the VPC.
 * Config's relationships to network interfaces and instances are not built (they need other APIs).
 */
public final class SecurityGroupItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ec2:DescribeSecurityGroups"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        Ec2Client ec2 = ctx.clients().regional(Ec2Client.class, Ec2Client::builder);
        List<SecurityGroup> groups = AwsCall.read("EC2", "DescribeSecurityGroups", "ec2:DescribeSecurityGroups",
                () -> ec2.describeSecurityGroupsPaginator(r -> r.maxResults(1000)).securityGroups().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(groups.size());
        for (SecurityGroup g : groups) out.add(item(ctx, g));
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, SecurityGroup g) {
        Map<String, String> tags = tags(g.tags());
        JsonObject conf = ItemDraft.object(
                "description", g.description(),
                "groupName", g.groupName(),
                "ipPermissions", permissions(g.ipPermissions()),
                "ownerId", g.ownerId(),
                "groupId", g.groupId(),
                "ipPermissionsEgress", permissions(g.ipPermissionsEgress()),
                "tags", ItemDraft.tagList(tags),
                "vpcId", g.vpcId());
        ItemDraft d = new ItemDraft(ctx, "AWS::EC2::SecurityGroup", g.groupId())
                .name(g.groupName())
                .arn("arn:" + ctx.partition() + ":ec2:" + ctx.region() + ":" + ctx.accountId() + ":security-group/" + g.groupId())
                .availabilityZone("Not Applicable")
                .configuration(conf)
                .tags(tags);
        if (g.vpcId() != null) d.relationship("AWS::EC2::VPC", g.vpcId(), "Is contained in Vpc");
        return d.build();
    }

    static JsonArray permissions(List<IpPermission> permissions) {
        JsonArray out = new JsonArray();
        for (IpPermission p : permissions) {
            JsonArray ipRanges = new JsonArray();
            JsonArray ipv4 = new JsonArray();
            p.ipRanges().forEach(r -> {
                ipRanges.add(r.cidrIp());
                ipv4.add(ItemDraft.object("cidrIp", r.cidrIp(), "description", r.description()));
            });
            JsonArray ipv6 = new JsonArray();
            p.ipv6Ranges().forEach(r -> ipv6.add(ItemDraft.object("cidrIpv6", r.cidrIpv6(), "description", r.description())));
            JsonArray prefixes = new JsonArray();
            p.prefixListIds().forEach(r -> prefixes.add(ItemDraft.object("prefixListId", r.prefixListId(), "description", r.description())));
            JsonArray pairs = new JsonArray();
            for (UserIdGroupPair u : p.userIdGroupPairs()) {
                pairs.add(ItemDraft.object("description", u.description(), "groupId", u.groupId(), "groupName", u.groupName(),
                        "peeringStatus", u.peeringStatus(), "userId", u.userId(), "vpcId", u.vpcId(),
                        "vpcPeeringConnectionId", u.vpcPeeringConnectionId()));
            }
            out.add(ItemDraft.object(
                    "fromPort", p.fromPort(),
                    "ipProtocol", p.ipProtocol(),
                    "ipv6Ranges", ipv6,
                    "prefixListIds", prefixes,
                    "toPort", p.toPort(),
                    "userIdGroupPairs", pairs,
                    "ipv4Ranges", ipv4,
                    "ipRanges", ipRanges));
        }
        return out;
    }

    static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Tag t : tags) m.put(t.key(), t.value());
        return m;
    }
}
