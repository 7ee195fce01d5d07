package org.msb.model.edge;

import org.msb.error.InvalidItemException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * A CloudFront distribution as its {@code AWS::CloudFront::Distribution} item records it: {@code id},
 * {@code arn}, {@code domainName} ({@code d111.cloudfront.net}) and in {@code distributionConfig} the
 * {@code aliases.items}, {@code origins.items[].domainName}, {@code webACLId} (a WAFv2 web ACL ARN, or a
 * WAF Classic id; empty when none) and {@code enabled}. Every distribution faces the internet.
 */
public record Distribution(String id, String arn, String domainName, List<String> aliases, List<String> originDomains,
                           String webAclId, boolean enabled) {
    public static final String RESOURCE_TYPE = "AWS::CloudFront::Distribution";

    public Distribution {
        aliases = List.copyOf(aliases);
        originDomains = List.copyOf(originDomains);
    }

    public static Distribution from(ConfigurationItem ci) {
        if (!RESOURCE_TYPE.equals(ci.resourceType())) {
            throw new InvalidItemException("expected an " + RESOURCE_TYPE + " item, got " + ci.resourceType() + " " + ci.resourceId());
        }
        Node config = ci.property("distributionConfig");
        List<String> aliases = texts(config.path("aliases.items"));
        List<String> origins = new ArrayList<>();
        for (Node o : config.path("origins.items").list()) if (o.get("domainName").text() != null) origins.add(o.get("domainName").text());
        String waf = config.get("webACLId").text();
        return new Distribution(ci.property("id").text(ci.resourceId()), ci.property("arn").text(ci.arn()), ci.property("domainName").text(),
                aliases, origins, waf == null || waf.isBlank() ? null : waf, !Boolean.FALSE.equals(config.get("enabled").bool()));
    }

    /** True when one of the origins is the host {@code dnsName}. */
    public boolean hasOrigin(String dnsName) {
        return originDomains.stream().anyMatch(o -> DnsName.same(o, dnsName));
    }

    private static List<String> texts(Node array) {
        List<String> out = new ArrayList<>();
        for (Node n : array.list()) if (n.text() != null) out.add(n.text());
        return out;
    }
}
