package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Instance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EC2::Instance} items from DescribeInstances (terminated ones excluded), shaped as Config records
 * them (aws-config-rdk AWS_EC2_Instance.json): instanceId, imageId, instanceType, state {code, name},
 * launchTime, placement {availabilityZone, tenancy}, subnetId, vpcId, privateIpAddress, publicIpAddress,
 * keyName, iamInstanceProfile {arn, id}, metadataOptions, securityGroups [{groupName, groupId}], tags; a
 * relationship to the subnet, VPC and security groups. Like Config's item it carries no user data: that may
 * hold secrets and is read, as findings only, by the fact ec2.userDataSecrets.
 */
public final class Ec2InstanceItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ec2:DescribeInstances"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        Ec2Client ec2 = ctx.clients().regional(Ec2Client.class, Ec2Client::builder);
        List<Instance> instances = AwsCall.read("EC2", "DescribeInstances", "ec2:DescribeInstances",
                () -> ec2.describeInstancesPaginator(r -> r.maxResults(1000)).reservations().stream()
                        .flatMap(res -> res.instances().stream())
                        .filter(i -> i.state() == null || !"terminated".equals(i.state().nameAsString())).toList());
        List<ConfigurationItem> out = new ArrayList<>(instances.size());
        for (Instance i : instances) {
            Map<String, String> tags = Ec2VolumeItemBuilder.tags(i.tags());
            JsonArray groups = new JsonArray();
            i.securityGroups().forEach(g -> groups.add(ItemDraft.object("groupName", g.groupName(), "groupId", g.groupId())));
            var m = i.metadataOptions();
            String az = i.placement() == null ? null : i.placement().availabilityZone();
            ItemDraft d = new ItemDraft(ctx, "AWS::EC2::Instance", i.instanceId())
                    .arn("arn:" + ctx.partition() + ":ec2:" + ctx.region() + ":" + ctx.accountId() + ":instance/" + i.instanceId())
                    .availabilityZone(az)
                    .created(i.launchTime())
                    .configuration(ItemDraft.object("instanceId", i.instanceId(), "imageId", i.imageId(),
                            "instanceType", i.instanceTypeAsString(),
                            "state", i.state() == null ? null : ItemDraft.object("code", i.state().code(), "name", i.state().nameAsString()),
                            "launchTime", ItemDraft.configTime(i.launchTime()),
                            "placement", i.placement() == null ? null : ItemDraft.object("availabilityZone", az,
                                    "tenancy", i.placement().tenancyAsString()),
                            "subnetId", i.subnetId(), "vpcId", i.vpcId(), "privateIpAddress", i.privateIpAddress(),
                            "publicIpAddress", i.publicIpAddress(), "keyName", i.keyName(),
                            "iamInstanceProfile", i.iamInstanceProfile() == null ? null
                                    : ItemDraft.object("arn", i.iamInstanceProfile().arn(), "id", i.iamInstanceProfile().id()),
                            "metadataOptions", m == null ? null : ItemDraft.object("state", m.stateAsString(),
                                    "httpTokens", m.httpTokensAsString(), "httpEndpoint", m.httpEndpointAsString(),
                                    "httpPutResponseHopLimit", m.httpPutResponseHopLimit()),
                            "securityGroups", groups, "tags", ItemDraft.tagList(tags)))
                    .tags(tags);
            if (i.subnetId() != null) d.relationship("AWS::EC2::Subnet", i.subnetId(), "Is contained in Subnet");
            if (i.vpcId() != null) d.relationship("AWS::EC2::VPC", i.vpcId(), "Is contained in Vpc");
            i.securityGroups().forEach(g -> d.relationship("AWS::EC2::SecurityGroup", g.groupId(), "Is associated with SecurityGroup"));
            out.add(d.build());
        }
        return out;
    }
}
