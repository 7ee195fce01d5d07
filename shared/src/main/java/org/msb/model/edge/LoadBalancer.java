package org.msb.model.edge;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * An Elastic Load Balancing v2 load balancer as its {@code AWS::ElasticLoadBalancingV2::LoadBalancer} item
 * records it: {@code loadBalancerArn}, {@code loadBalancerName}, {@code type} (application, network, gateway),
 * {@code scheme} (internet-facing or internal), {@code dNSName}, {@code securityGroups} and {@code vpcId}.
 */
public record LoadBalancer(String arn, String name, String type, String scheme, String dnsName, List<String> securityGroups,
                           String vpcId) {
    public static final String RESOURCE_TYPE = "AWS::ElasticLoadBalancingV2::LoadBalancer";

    public LoadBalancer { securityGroups = List.copyOf(securityGroups); }

    public static LoadBalancer from(ConfigurationItem ci) {
        if (!RESOURCE_TYPE.equals(ci.resourceType())) {
            throw new InvalidItemException("expected an " + RESOURCE_TYPE + " item, got " + ci.resourceType() + " " + ci.resourceId());
        }
        String scheme = ci.property("scheme").text();
        if (scheme == null) {
            throw new InvalidItemException(RESOURCE_TYPE + " " + ci.resourceId() + ": configuration.scheme is missing, so it cannot be told internet-facing or internal");
        }
        List<String> groups = new ArrayList<>();
        for (Node g : ci.property("securityGroups").list()) {
            String id = g.isObject() ? g.get("value").text() : g.text();  // the schema's securityGroups.value, or plain ids
            if (id != null) groups.add(id);
        }
        return new LoadBalancer(ci.property("loadBalancerArn").text(ci.resourceId()), ci.property("loadBalancerName").text(ci.resourceName()),
                ci.property("type").text("application"), scheme, ci.property("dNSName").text(), groups, ci.property("vpcId").text());
    }

    public boolean isInternetFacing() { return "internet-facing".equalsIgnoreCase(scheme); }

    public boolean isApplication() { return "application".equalsIgnoreCase(type); }

    /** E.g. {@code application load balancer web-prod}. */
    public String describe() { return type + " load balancer " + name; }
}
