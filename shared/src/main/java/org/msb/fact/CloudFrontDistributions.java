package org.msb.fact;

import org.msb.model.edge.DnsName;

import java.util.List;

/**
 * The account's CloudFront distributions as {@code cloudfront:ListDistributions} summarises them: id, domain
 * name, enabled, alternate domain names and origin domain names. A global fact: CloudFront is global, and
 * AWS Config records distributions only in us-east-1, so rules in other regions read origins from here.
 */
public record CloudFrontDistributions(List<Summary> distributions) {
    public CloudFrontDistributions { distributions = distributions == null ? List.of() : List.copyOf(distributions); }

    public record Summary(String id, String arn, String domainName, boolean enabled, List<String> origins, List<String> aliases) {
        public Summary {
            origins = origins == null ? List.of() : List.copyOf(origins);
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /** The distributions with an origin on host {@code dnsName}. */
    public List<Summary> withOrigin(String dnsName) {
        return distributions.stream().filter(d -> d.origins().stream().anyMatch(o -> DnsName.same(o, dnsName))).toList();
    }
}
