package org.msb.rules.internetfacingroute53;

import org.msb.error.FactUnavailableException;
import org.msb.fact.HostedZones;
import org.msb.fact.InfFacts;
import org.msb.item.ConfigurationItem;
import org.msb.model.edge.Distribution;
import org.msb.model.edge.LoadBalancer;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * INF-5: internet-facing applications are named through Route 53: every internet-facing load balancer and every
 * CloudFront distribution has a record in one of the account's public hosted zones (limited to {@code zoneNames}
 * when given) that points at it: an alias record or a CNAME. Names are compared the way DNS compares them:
 * without case, without the trailing dot, and without the {@code dualstack.} prefix alias records put before a
 * load balancer's name. Records in private zones do not count: internet clients cannot resolve them. Public hosted
 * zones log DNS queries when {@code requireQueryLogging} (Route53.2); private zones are NOT_APPLICABLE to that.
 * <p>
 * Hosted zones and distributions are global and recorded by AWS Config in us-east-1, so they are evaluated where
 * they are recorded; load balancers are evaluated in their own region, against the account's zones.
 * <pre>
 * Scenario 1: Given an ALB with an alias "dualstack.NAME." (upper case) in a public zone   Then COMPLIANT naming the record
 * Scenario 2: Given an internet-facing load balancer no public record points at           Then NON_COMPLIANT
 * Scenario 3: Given an internal load balancer, or a private hosted zone                   Then NOT_APPLICABLE
 * Scenario 4: Given a public zone without query logging                                   Then NON_COMPLIANT unless requireQueryLogging=false
 * Scenario 5: Given zoneNames=shop.example.com and a record in another zone               Then NON_COMPLIANT
 * Scenario 6: Given a valid (or expired) exception                                       Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 7: Given requireQueryLogging=maybe                                             Then the invocation fails naming parameter and value
 * </pre>
 */
public final class InternetFacingRoute53Rule implements Rule {
    static final String REQUIRE_LOGGING = "requireQueryLogging";
    static final String ZONE_NAMES = "zoneNames";
    static final String HOSTED_ZONE = "AWS::Route53::HostedZone";

    static final RuleSpec SPEC = RuleSpec.builder("internet-facing-route53", "INF-5")
            .title("Internet-facing applications use Route 53 for DNS")
            .baseline("Internet facing applications leverage Route53 for DNS")
            .description("Every internet-facing load balancer and CloudFront distribution is named by a record in the account's "
                    + "public Route 53 hosted zones; public hosted zones log DNS queries.")
            .severity(Severity.LOW)
            .periodic().cleanUpStale()
            .readsItems(LoadBalancer.RESOURCE_TYPE, Distribution.RESOURCE_TYPE, HOSTED_ZONE)
            .reads(InfFacts.HOSTED_ZONES)
            .param(ParameterSpec.bool(REQUIRE_LOGGING, true, "true: public hosted zones must log DNS queries to CloudWatch Logs"))
            .param(ParameterSpec.csv(ZONE_NAMES, "", "Public hosted zones (domain names) whose records count; empty = every public zone of the account")
                    .matching("[A-Za-z0-9*_.-]{1,255}", "domain names such as example.com"))
            .remediation("Create an alias record for the load balancer or distribution in the organisation's public hosted zone and "
                    + "publish that name instead of the AWS-assigned one; turn on query logging for public hosted zones.")
            .managedRule("ROUTE53_QUERY_LOGGING_ENABLED")
            .securityHub("Route53.2")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<String> zoneNames = in.params().list(ZONE_NAMES);
        List<Evaluation> out = new ArrayList<>();
        HostedZones zones = null;
        for (ConfigurationItem item : in.subjects(LoadBalancer.RESOURCE_TYPE)) {
            LoadBalancer lb = LoadBalancer.from(item);
            if (!lb.isInternetFacing()) {
                out.add(in.notApplicable(item, "Internal " + lb.describe() + ": not published on the internet."));
                continue;
            }
            if (zones == null) zones = in.fact(InfFacts.HOSTED_ZONES);
            out.add(named(in, item, "Internet-facing " + lb.describe(), lb.dnsName(), zones, zoneNames));
        }
        for (ConfigurationItem item : in.subjects(Distribution.RESOURCE_TYPE)) {
            Distribution d = Distribution.from(item);
            if (zones == null) zones = in.fact(InfFacts.HOSTED_ZONES);
            out.add(named(in, item, "Distribution " + d.id(), d.domainName(), zones, zoneNames));
        }
        boolean requireLogging = in.params().boolValue(REQUIRE_LOGGING);
        for (ConfigurationItem item : in.subjects(HOSTED_ZONE)) {
            if (zones == null) zones = in.fact(InfFacts.HOSTED_ZONES);
            out.add(queryLogging(in, item, zones, requireLogging));
        }
        return out;
    }

    private static Evaluation named(RuleInput in, ConfigurationItem item, String what, String dnsName, HostedZones zones, List<String> zoneNames) {
        List<HostedZones.Match> matches = zones.pointingAt(dnsName, zoneNames).stream().filter(m -> !m.zone().privateZone()).toList();
        if (matches.isEmpty()) {
            String scope = zoneNames.isEmpty() ? "the account's public hosted zones" : "public hosted zones " + String.join(", ", zoneNames);
            return in.nonCompliant(item, what + ": no record in " + scope + " points at " + dnsName
                    + "; expected an alias (or CNAME) record so clients use the organisation's name.");
        }
        Set<String> names = new LinkedHashSet<>();
        matches.forEach(m -> names.add(m.record().name() + " (" + m.record().type() + (m.record().aliasTarget() != null ? " alias" : "") + ")"));
        return in.compliant(item, what + " is named " + String.join(", ", names) + " in Route 53.");
    }

    private static Evaluation queryLogging(RuleInput in, ConfigurationItem item, HostedZones zones, boolean required) {
        String id = item.property("Id").text(item.resourceId());
        HostedZones.Zone z = zones.zones().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new FactUnavailableException(InfFacts.HOSTED_ZONES.name(), "it does not list hosted zone " + id + " (created after it was read?)"));
        if (z.privateZone()) return in.notApplicable(item, "Private hosted zone " + z.name() + ": its queries come from inside the VPCs.");
        if (z.queryLogGroupArn() != null) return in.compliant(item, "Public hosted zone " + z.name() + " logs queries to " + z.queryLogGroupArn() + ".");
        if (!required) return in.compliant(item, "Public hosted zone " + z.name() + " does not log queries; not required (" + REQUIRE_LOGGING + "=false).");
        return in.nonCompliant(item, "Public hosted zone " + z.name() + " does not log DNS queries; expected query logging to CloudWatch Logs.");
    }

}
