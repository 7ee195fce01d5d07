package org.msb.fact.loader;

import org.msb.fact.LoadBalancerWebAcls;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancerTypeEnum;
import software.amazon.awssdk.services.wafv2.Wafv2Client;
import software.amazon.awssdk.services.wafv2.model.WebACL;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code wafv2.loadBalancerWebAcls}: for every application load balancer elasticloadbalancing:DescribeLoadBalancers
 * lists, the web ACL wafv2:GetWebACLForResource names (none: no web ACL). One call per load balancer: the reverse
 * listing (ListResourcesForWebACL) would need every web ACL first and misses nothing this does not.
 * WAFNonexistentItemException for a load balancer deleted since it was listed leaves it out.
 */
public final class LoadBalancerWebAclsLoader implements FactLoader<LoadBalancerWebAcls> {

    @Override
    public LoadBalancerWebAcls load(AwsClients clients) {
        ElasticLoadBalancingV2Client elb = clients.regional(ElasticLoadBalancingV2Client.class, ElasticLoadBalancingV2Client::builder);
        Wafv2Client waf = clients.regional(Wafv2Client.class, Wafv2Client::builder);
        List<LoadBalancer> lbs = AwsCall.read("ELBv2", "DescribeLoadBalancers", "elasticloadbalancing:DescribeLoadBalancers",
                () -> elb.describeLoadBalancersPaginator(b -> b.pageSize(400)).loadBalancers().stream().toList());
        List<LoadBalancerWebAcls.Association> out = new ArrayList<>();
        for (LoadBalancer lb : lbs) {
            if (lb.type() != LoadBalancerTypeEnum.APPLICATION) continue;  // WAF protects application load balancers only
            final String arn = lb.loadBalancerArn();
            var answer = AwsCall.readOptional("WAFv2", "GetWebACLForResource", "wafv2:GetWebACLForResource",
                    Set.of("WAFNonexistentItemException"), () -> java.util.Optional.ofNullable(waf.getWebACLForResource(b -> b.resourceArn(arn)).webACL()));
            if (answer == null) continue;  // gone since it was listed
            out.add(new LoadBalancerWebAcls.Association(arn, answer.map(WebACL::arn).orElse(null)));
        }
        return new LoadBalancerWebAcls(out);
    }
}
