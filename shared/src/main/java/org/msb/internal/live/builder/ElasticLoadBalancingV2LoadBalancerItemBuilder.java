package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAddress;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerAttribute;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::ElasticLoadBalancingV2::LoadBalancer} items from DescribeLoadBalancers, DescribeLoadBalancerAttributes
 * and DescribeTags (20 ARNs a call), shaped as Config records them (aws-config-rdk
 * AWS_ElasticLoadBalancingV2_LoadBalancer.json, cloud-custodian app-elb.json): loadBalancerArn, dNSName,
 * canonicalHostedZoneId, createdTime, loadBalancerName, scheme, vpcId, state {code}, type, availabilityZones
 * [{zoneName, subnetId, loadBalancerAddresses}], securityGroups [ids], ipAddressType; supplementary
 * LoadBalancerAttributes [{key, value}] and Tags [{key, value}]; relationships to security groups, subnets, VPC.
 */
public final class ElasticLoadBalancingV2LoadBalancerItemBuilder implements ItemBuilder {
    private static final String ELB = "ELBv2";

    @Override
    public String describe() {
        return "elasticloadbalancing:DescribeLoadBalancers, elasticloadbalancing:DescribeLoadBalancerAttributes, elasticloadbalancing:DescribeTags";
    }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        ElasticLoadBalancingV2Client elb = ctx.clients().regional(ElasticLoadBalancingV2Client.class, ElasticLoadBalancingV2Client::builder);
        List<LoadBalancer> lbs = AwsCall.read(ELB, "DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancers",
                () -> elb.describeLoadBalancersPaginator(r -> r.pageSize(400)).loadBalancers().stream().toList());
        Map<String, List<Tag>> tags = new HashMap<>();
        for (int i = 0; i < lbs.size(); i += 20) {
            List<String> arns = lbs.subList(i, Math.min(lbs.size(), i + 20)).stream().map(LoadBalancer::loadBalancerArn).toList();
            List<TagDescription> described = AwsCall.read(ELB, "DescribeTags", "elasticloadbalancing:DescribeTags",
                    () -> elb.describeTags(r -> r.resourceArns(arns)).tagDescriptions());
            described.forEach(t -> tags.put(t.resourceArn(), t.tags()));
        }
        List<ConfigurationItem> out = new ArrayList<>(lbs.size());
        for (LoadBalancer lb : lbs) {
            List<LoadBalancerAttribute> attributes = AwsCall.read(ELB, "DescribeLoadBalancerAttributes",
                    "elasticloadbalancing:DescribeLoadBalancerAttributes",
                    () -> elb.describeLoadBalancerAttributes(r -> r.loadBalancerArn(lb.loadBalancerArn())).attributes());
            out.add(item(ctx, lb, attributes, tags.getOrDefault(lb.loadBalancerArn(), List.of())));
        }
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, LoadBalancer lb, List<LoadBalancerAttribute> attributes, List<Tag> tagList) {
        Map<String, String> tags = new LinkedHashMap<>();
        tagList.forEach(t -> tags.put(t.key(), t.value()));
        JsonArray zones = new JsonArray();
        for (AvailabilityZone z : lb.availabilityZones()) {
            JsonArray addresses = new JsonArray();
            for (LoadBalancerAddress a : z.loadBalancerAddresses()) {
                addresses.add(ItemDraft.object("ipAddress", a.ipAddress(), "allocationId", a.allocationId(),
                        "privateIPv4Address", a.privateIPv4Address(), "iPv6Address", a.iPv6Address()));
            }
            zones.add(ItemDraft.object("zoneName", z.zoneName(), "subnetId", z.subnetId(), "outpostId", z.outpostId(),
                    "loadBalancerAddresses", addresses));
        }
        JsonArray groups = new JsonArray();
        lb.securityGroups().forEach(groups::add);
        JsonObject conf = ItemDraft.object(
                "loadBalancerArn", lb.loadBalancerArn(),
                "dNSName", lb.dnsName(),
                "canonicalHostedZoneId", lb.canonicalHostedZoneId(),
                "createdTime", ItemDraft.configTime(lb.createdTime()),
                "loadBalancerName", lb.loadBalancerName(),
                "scheme", lb.schemeAsString(),
                "vpcId", lb.vpcId(),
                "state", lb.state() == null ? null : ItemDraft.object("code", lb.state().codeAsString()),
                "type", lb.typeAsString(),
                "availabilityZones", zones,
                "securityGroups", groups,
                "ipAddressType", lb.ipAddressTypeAsString());
        JsonArray attrs = new JsonArray();
        attributes.forEach(a -> attrs.add(ItemDraft.object("key", a.key(), "value", a.value())));
        JsonArray tagArray = new JsonArray();
        tags.forEach((k, v) -> tagArray.add(ItemDraft.object("key", k, "value", v)));
        ItemDraft d = new ItemDraft(ctx, "AWS::ElasticLoadBalancingV2::LoadBalancer", lb.loadBalancerArn())
                .name(lb.loadBalancerName())
                .arn(lb.loadBalancerArn())
                .availabilityZone("Multiple Availability Zones")
                .created(lb.createdTime())
                .configuration(conf)
                .supplementary("LoadBalancerAttributes", attrs)
                .supplementary("Tags", tagArray)
                .tags(tags);
        lb.securityGroups().forEach(g -> d.relationship("AWS::EC2::SecurityGroup", g, "Is associated with SecurityGroup"));
        lb.availabilityZones().forEach(z -> { if (z.subnetId() != null) d.relationship("AWS::EC2::Subnet", z.subnetId(), "Is attached to Subnet"); });
        if (lb.vpcId() != null) d.relationship("AWS::EC2::VPC", lb.vpcId(), "Is contained in Vpc");
        return d.build();
    }
}
