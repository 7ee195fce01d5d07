package org.msb.fact;

import java.util.List;
import java.util.Optional;

/**
 * Which AWS WAF web ACL protects each application load balancer of the region ({@code wafv2:GetWebACLForResource}
 * for every load balancer {@code elasticloadbalancing:DescribeLoadBalancers} lists). Every checked load
 * balancer is listed; {@code webAclArn} is null for one without a web ACL.
 */
public record LoadBalancerWebAcls(List<Association> loadBalancers) {

    public LoadBalancerWebAcls { loadBalancers = loadBalancers == null ? List.of() : List.copyOf(loadBalancers); }

    /** A checked load balancer and its web ACL (null: none). */
    public record Association(String loadBalancerArn, String webAclArn) {}

    /** The check of one load balancer; empty when the loader did not see it (created since). */
    public Optional<Association> of(String loadBalancerArn) {
        return loadBalancers.stream().filter(a -> a.loadBalancerArn().equals(loadBalancerArn)).findFirst();
    }
}
