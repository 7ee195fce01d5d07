package org.msb.rules.internetfacingcloudfront;

import org.msb.fact.CloudFrontDistributions;
import org.msb.fact.InfFacts;
import org.msb.fact.ManagedPrefixList;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.model.edge.DnsName;
import org.msb.model.edge.LoadBalancer;
import org.msb.model.network.Direction;
import org.msb.model.network.OpenPorts;
import org.msb.model.network.PrefixLists;
import org.msb.model.network.Protocol;
import org.msb.model.network.SecurityGroup;
import org.msb.model.network.SecurityGroupPermission;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * INF-6: internet-facing application load balancers are reached only through CloudFront, and S3 static websites
 * are served through CloudFront. An ALB passes when it is an origin of a distribution or its security groups admit
 * CloudFront's origin-facing prefix list (looked up by name in the region, never hard-coded), and no security group
 * lets the whole internet in directly: an origin that stays open to {@code 0.0.0.0/0} lets clients bypass CloudFront
 * and its WAF. A bucket with website hosting passes when a distribution has it (website or REST endpoint) as origin;
 * a bucket that only redirects every request serves no content and is NOT_APPLICABLE.
 * <p>
 * Distributions are read from CloudFront itself (a global fact), not from items: AWS Config records them in
 * us-east-1 only, while load balancers and buckets are evaluated in their own regions.
 * <pre>
 * Scenario 1: Given an ALB admitting only the origin-facing prefix list, origin of a distribution  Then COMPLIANT
 * Scenario 2: Given an ALB origin of a distribution whose group also admits 0.0.0.0/0 on 443       Then NON_COMPLIANT (bypass)
 * Scenario 3: Given an ALB neither an origin nor restricted to CloudFront                          Then NON_COMPLIANT
 * Scenario 4: Given a website bucket no distribution serves                                        Then NON_COMPLIANT
 * Scenario 5: Given an internal ALB, a network load balancer, or a bucket without website hosting  Then NOT_APPLICABLE
 * Scenario 6: Given a valid (or expired) exception                                                Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 7: Given ExceptionRegister=ftp://...                                                   Then the invocation fails naming parameter and value
 * </pre>
 */
public final class InternetFacingCloudfrontRule implements Rule {
    static final String BUCKET = "AWS::S3::Bucket";

    static final RuleSpec SPEC = RuleSpec.builder("internet-facing-cloudfront", "INF-6")
            .title("Internet-facing applications use CloudFront")
            .baseline("Internet facing applications leverage CloudFront for CDN")
            .description("Internet-facing ALBs are reached only through CloudFront (origin-facing prefix list or distribution origin, "
                    + "not open to the internet); S3 static websites are served through CloudFront.")
            .severity(Severity.MEDIUM)
            .onChange(LoadBalancer.RESOURCE_TYPE, BUCKET)
            // periodic too: distributions, security groups and the prefix list change without the load balancer changing
            .periodic().cleanUpStale()
            .readsItems(SecurityGroup.RESOURCE_TYPE, PrefixLists.RESOURCE_TYPE)
            .reads(InfFacts.CLOUDFRONT_DISTRIBUTIONS, InfFacts.CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST)
            .remediation("Put a CloudFront distribution in front of the load balancer or website, restrict the load balancer's "
                    + "security groups to the com.amazonaws.global.cloudfront.origin-facing prefix list, and serve buckets through "
                    + "CloudFront with origin access control instead of the website endpoint.")
            .managedRule("CLOUDFRONT_S3_ORIGIN_NON_EXISTENT_BUCKET", "CLOUDFRONT_ORIGIN_ACCESS_IDENTITY_ENABLED")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<Evaluation> out = new ArrayList<>();
        CloudFrontDistributions distributions = null;
        Lookups lookups = new Lookups(in);
        for (ConfigurationItem item : in.subjects(LoadBalancer.RESOURCE_TYPE)) {
            LoadBalancer lb = LoadBalancer.from(item);
            if (!lb.isInternetFacing()) {
                out.add(in.notApplicable(item, "Internal " + lb.describe() + ": not reachable from the internet."));
                continue;
            }
            if (!lb.isApplication()) {
                out.add(in.notApplicable(item, "Internet-facing " + lb.describe() + ": the CloudFront check covers application load balancers."));
                continue;
            }
            if (distributions == null) distributions = in.fact(InfFacts.CLOUDFRONT_DISTRIBUTIONS);
            out.add(loadBalancer(in, item, lb, distributions, lookups));
        }
        for (ConfigurationItem item : in.subjects(BUCKET)) {
            Node website = item.supplementary("BucketWebsiteConfiguration");
            if (website.isMissing() || !website.isObject()) {
                out.add(in.notApplicable(item, "Static website hosting is off."));
                continue;
            }
            String redirect = website.path("redirectAllRequestsTo.hostName").text();
            if (redirect != null) {
                out.add(in.notApplicable(item, "Website hosting only redirects every request to " + redirect + "; it serves no content."));
                continue;
            }
            if (distributions == null) distributions = in.fact(InfFacts.CLOUDFRONT_DISTRIBUTIONS);
            List<String> serving = distributions.distributions().stream()
                    .filter(d -> d.origins().stream().anyMatch(o -> isBucketEndpoint(item.resourceId(), o))).map(CloudFrontDistributions.Summary::id).toList();
            out.add(serving.isEmpty()
                    ? in.nonCompliant(item, "Static website bucket is not the origin of any CloudFront distribution; expected it served through "
                            + "CloudFront (origin access control on the REST endpoint).")
                    : in.compliant(item, "Static website served through CloudFront distribution " + String.join(", ", serving) + "."));
        }
        return out;
    }

    private static Evaluation loadBalancer(RuleInput in, ConfigurationItem item, LoadBalancer lb, CloudFrontDistributions distributions,
                                           Lookups lookups) {
        List<String> origins = distributions.withOrigin(lb.dnsName()).stream().map(CloudFrontDistributions.Summary::id).toList();
        String what = "Internet-facing " + lb.describe();
        List<String> open = new ArrayList<>(), unrecorded = new ArrayList<>();
        List<SecurityGroup> groups = new ArrayList<>();
        for (String id : lb.securityGroups()) {
            Optional<ConfigurationItem> g = lookups.group(id);
            if (g.isEmpty()) {
                unrecorded.add(id);
                continue;
            }
            SecurityGroup sg = SecurityGroup.from(g.get());
            groups.add(sg);
            List<OpenPorts> runs = OpenPorts.of(sg, Direction.INGRESS, Protocol.TCP, lookups.lists()).open();
            if (!runs.isEmpty()) open.add(sg.groupId() + " admits tcp " + joined(runs.stream().map(o -> o.ports().toString()).toList())
                    + " from " + joined(runs.stream().flatMap(o -> o.sources().stream()).toList()));
        }
        if (!open.isEmpty()) {
            return in.nonCompliant(item, what + (origins.isEmpty() ? " is open to the internet directly: " : " is an origin of " + String.join(", ", origins)
                    + " but CloudFront can be bypassed: ") + String.join("; ", open) + "; expected only the CloudFront origin-facing prefix list.");
        }
        if (!unrecorded.isEmpty()) {
            return in.nonCompliant(item, what + ": security group " + String.join(", ", unrecorded)
                    + " is not recorded, so direct access cannot be ruled out; expected only the CloudFront origin-facing prefix list.");
        }
        ManagedPrefixList cf = in.fact(InfFacts.CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST);
        boolean admitsCloudFront = cf.found() && groups.stream().flatMap(g -> g.permissions(Direction.INGRESS).stream())
                .map(SecurityGroupPermission::prefixListIds).anyMatch(ids -> ids.contains(cf.prefixListId()));
        if (admitsCloudFront) {
            return in.compliant(item, what + " admits CloudFront's origin-facing prefix list " + cf.prefixListId() + " and not the open internet"
                    + (origins.isEmpty() ? "." : "; origin of " + String.join(", ", origins) + "."));
        }
        if (!origins.isEmpty()) {
            return in.compliant(item, what + " is an origin of " + String.join(", ", origins) + " and admits no open internet range.");
        }
        return in.nonCompliant(item, what + " is neither an origin of a CloudFront distribution nor restricted to CloudFront's origin-facing prefix list"
                + (cf.found() ? " (" + cf.prefixListId() + ")" : "") + "; expected it reached only through CloudFront.");
    }

    /** Distinct values in first-seen order, comma separated. */
    /** Security groups by id and the prefix lists, read once per evaluation: read per load balancer, they made it quadratic. */
    private static final class Lookups {
        private final RuleInput in;
        private Map<String, ConfigurationItem> groups;
        private PrefixLists lists;

        Lookups(RuleInput in) { this.in = in; }

        Optional<ConfigurationItem> group(String id) {
            if (groups == null) {
                groups = new HashMap<>();
                for (ConfigurationItem g : in.items(SecurityGroup.RESOURCE_TYPE)) groups.putIfAbsent(g.resourceId(), g);
            }
            return Optional.ofNullable(groups.get(id));
        }

        PrefixLists lists() {
            if (lists == null) lists = PrefixLists.fromItems(in.items(PrefixLists.RESOURCE_TYPE));
            return lists;
        }
    }

    private static String joined(List<String> values) { return String.join(", ", new java.util.LinkedHashSet<>(values)); }

    /** The bucket's website endpoint ({@code b.s3-website-eu-west-1.amazonaws.com}, {@code b.s3-website.eu-west-1...}) or REST endpoint. */
    static boolean isBucketEndpoint(String bucket, String origin) {
        DnsName host = DnsName.of(origin);
        if (host == null) return false;
        String h = host.value(), b = bucket.toLowerCase(java.util.Locale.ROOT);
        return h.startsWith(b + ".s3") && (h.endsWith(".amazonaws.com") || h.endsWith(".amazonaws.com.cn"));
    }
}
