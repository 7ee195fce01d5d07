package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.elasticloadbalancing.model.ListenerDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.LoadBalancerDescription;
import software.amazon.awssdk.services.elasticloadbalancing.model.PolicyDescription;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::ElasticLoadBalancing::LoadBalancer} (Classic Load Balancer) items from DescribeLoadBalancers and
 * DescribeLoadBalancerPolicies, shaped as Config records them (aws-config-rdk
 * AWS_ELASTICLOADBALANCING_LOADBALANCER.json, resource schema): listenerDescriptions [{listener {protocol,
 * loadBalancerPort, instanceProtocol, instancePort, sslcertificateId}, policyNames}], scheme, dnsname, vpcid...;
 * supplementary LoadBalancerPolicies [{policyName, policyTypeName, policyAttributeDescriptions [{attributeName,
 * attributeValue}]}], where the SSL negotiation policy names its Reference-Security-Policy.
 */
public final class ElasticLoadBalancingLoadBalancerItemBuilder implements ItemBuilder {

    @Override public String describe() { return "elasticloadbalancing:DescribeLoadBalancers, elasticloadbalancing:DescribeLoadBalancerPolicies"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        ElasticLoadBalancingClient elb = ctx.clients().regional(ElasticLoadBalancingClient.class, ElasticLoadBalancingClient::builder);
        List<LoadBalancerDescription> balancers = AwsCall.read("ELB", "DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancers",
                () -> elb.describeLoadBalancersPaginator(r -> r.pageSize(400)).loadBalancerDescriptions().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(balancers.size());
        for (LoadBalancerDescription lb : balancers) {
            List<PolicyDescription> policies = AwsCall.readOptional("ELB", "DescribeLoadBalancerPolicies",
                    "elasticloadbalancing:DescribeLoadBalancerPolicies", Set.of("LoadBalancerNotFound"),
                    () -> elb.describeLoadBalancerPolicies(r -> r.loadBalancerName(lb.loadBalancerName())).policyDescriptions());
            if (policies == null) continue;
            JsonArray listeners = new JsonArray();
            for (ListenerDescription d : lb.listenerDescriptions()) {
                var l = d.listener();
                JsonArray names = new JsonArray();
                d.policyNames().forEach(names::add);
                listeners.add(ItemDraft.object("listener", ItemDraft.object("protocol", l.protocol(), "loadBalancerPort", l.loadBalancerPort(),
                        "instanceProtocol", l.instanceProtocol(), "instancePort", l.instancePort(), "sslcertificateId", l.sslCertificateId()),
                        "policyNames", names));
            }
            JsonArray supplementary = new JsonArray();
            for (PolicyDescription p : policies) {
                JsonArray attributes = new JsonArray();
                p.policyAttributeDescriptions().forEach(a -> attributes.add(ItemDraft.object("attributeName", a.attributeName(),
                        "attributeValue", a.attributeValue())));
                supplementary.add(ItemDraft.object("policyName", p.policyName(), "policyTypeName", p.policyTypeName(),
                        "policyAttributeDescriptions", attributes));
            }
            JsonArray subnets = new JsonArray();
            lb.subnets().forEach(subnets::add);
            JsonArray groups = new JsonArray();
            lb.securityGroups().forEach(groups::add);
            out.add(new ItemDraft(ctx, "AWS::ElasticLoadBalancing::LoadBalancer", lb.loadBalancerName())
                    .name(lb.loadBalancerName())
                    .arn("arn:" + ctx.partition() + ":elasticloadbalancing:" + ctx.region() + ":" + ctx.accountId()
                            + ":loadbalancer/" + lb.loadBalancerName())
                    .availabilityZone("Multiple Availability Zones")
                    .created(lb.createdTime())
                    .configuration(ItemDraft.object("loadBalancerName", lb.loadBalancerName(), "dnsname", lb.dnsName(),
                            "canonicalHostedZoneName", lb.canonicalHostedZoneName(), "listenerDescriptions", listeners,
                            "scheme", lb.scheme(), "vpcid", lb.vpcId(), "subnets", subnets, "securityGroups", groups,
                            "createdTime", lb.createdTime() == null ? null : lb.createdTime().toEpochMilli()))
                    .supplementary("LoadBalancerPolicies", supplementary)
                    .build());
        }
        return out;
    }
}
