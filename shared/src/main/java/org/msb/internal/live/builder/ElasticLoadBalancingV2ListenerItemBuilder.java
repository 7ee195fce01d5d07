package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::ElasticLoadBalancingV2::Listener} items: every listener (DescribeListeners) of every application,
 * network and gateway load balancer (DescribeLoadBalancers), in the CloudFormation-style shape Config records
 * (aws-config-rdk AWS_ElasticLoadBalancingV2_Listener.json): ListenerArn, LoadBalancerArn, Port, Protocol,
 * SslPolicy, Certificates [{CertificateArn}], AlpnPolicy, DefaultActions [{Type, Order, TargetGroupArn,
 * RedirectConfig {Protocol, Port, Host, Path, Query, StatusCode}, FixedResponseConfig, ForwardConfig}].
 */
public final class ElasticLoadBalancingV2ListenerItemBuilder implements ItemBuilder {

    @Override public String describe() { return "elasticloadbalancing:DescribeLoadBalancers, elasticloadbalancing:DescribeListeners"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        ElasticLoadBalancingV2Client elb = ctx.clients().regional(ElasticLoadBalancingV2Client.class, ElasticLoadBalancingV2Client::builder);
        List<LoadBalancer> balancers = AwsCall.read("ELBv2", "DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancers",
                () -> elb.describeLoadBalancersPaginator(r -> r.pageSize(400)).loadBalancers().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>();
        for (LoadBalancer lb : balancers) {
            List<Listener> listeners = AwsCall.readOptional("ELBv2", "DescribeListeners", "elasticloadbalancing:DescribeListeners",
                    Set.of("LoadBalancerNotFound"),
                    () -> elb.describeListenersPaginator(r -> r.loadBalancerArn(lb.loadBalancerArn()).pageSize(400)).listeners().stream().toList());
            if (listeners == null) continue;
            for (Listener l : listeners) out.add(item(ctx, l));
        }
        return out;
    }

    private static ConfigurationItem item(BuildContext ctx, Listener l) {
        JsonArray certificates = new JsonArray();
        l.certificates().forEach(c -> certificates.add(ItemDraft.object("CertificateArn", c.certificateArn(), "IsDefault", c.isDefault())));
        JsonArray actions = new JsonArray();
        for (Action a : l.defaultActions()) actions.add(action(a));
        JsonArray alpn = new JsonArray();
        l.alpnPolicy().forEach(alpn::add);
        return new ItemDraft(ctx, "AWS::ElasticLoadBalancingV2::Listener", l.listenerArn())
                .arn(l.listenerArn())
                .availabilityZone("Regional")
                .configuration(ItemDraft.object("ListenerArn", l.listenerArn(), "LoadBalancerArn", l.loadBalancerArn(),
                        "Port", l.port(), "Protocol", l.protocolAsString(), "SslPolicy", l.sslPolicy(),
                        "Certificates", certificates, "DefaultActions", actions, "AlpnPolicy", alpn))
                .build();
    }

    private static JsonObject action(Action a) {
        JsonObject redirect = a.redirectConfig() == null ? null : ItemDraft.object("Protocol", a.redirectConfig().protocol(),
                "Port", a.redirectConfig().port(), "Host", a.redirectConfig().host(), "Path", a.redirectConfig().path(),
                "Query", a.redirectConfig().query(), "StatusCode", a.redirectConfig().statusCodeAsString());
        JsonObject fixed = a.fixedResponseConfig() == null ? null : ItemDraft.object(
                "ContentType", a.fixedResponseConfig().contentType(), "StatusCode", a.fixedResponseConfig().statusCode());
        JsonObject forward = null;
        if (a.forwardConfig() != null) {
            JsonArray groups = new JsonArray();
            a.forwardConfig().targetGroups().forEach(g -> groups.add(ItemDraft.object("TargetGroupArn", g.targetGroupArn(), "Weight", g.weight())));
            forward = ItemDraft.object("TargetGroups", groups);
        }
        return ItemDraft.object("Type", a.typeAsString(), "Order", a.order(), "TargetGroupArn", a.targetGroupArn(),
                "RedirectConfig", redirect, "FixedResponseConfig", fixed, "ForwardConfig", forward);
    }
}
