package org.msb.rules.logscentralized;

import org.msb.engine.Annotations;
import org.msb.error.InvalidParameterException;
import org.msb.fact.CloudTrailTrail;
import org.msb.fact.ConfigDeliveryChannel;
import org.msb.fact.DetFacts;
import org.msb.fact.GuardDutyDetector;
import org.msb.fact.GuardDutyPublishingDestination;
import org.msb.fact.SecurityHubStatus;
import org.msb.item.ConfigurationItem;
import org.msb.model.flowlog.FlowLog;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DET-8: every log source of this region reaches the central log archive or security account, and the
 * annotation names each source that does not:
 * <ul>
 *   <li>CloudTrail: a logging multi-region trail (own or organization) delivers to a log-archive bucket;</li>
 *   <li>Config: every delivery channel writes to a log-archive bucket;</li>
 *   <li>GuardDuty: an enabled detector administered by the security account (Enabled relationship), or this is
 *       the security account, or it exports findings to a log-archive bucket;</li>
 *   <li>Security Hub: enabled and administered by the security account, or this is the security account;</li>
 *   <li>VPC flow logs: every VPC has an active VPC flow log delivering to a log-archive bucket (or to a Firehose
 *       stream of the log-archive account); CloudWatch Logs stays in the account.</li>
 * </ul>
 * The archive and security accounts have no safe default: without {@code logArchiveBucketName} and
 * {@code securityAccountId} the invocation fails naming them. No managed rule covers it; it extends
 * {@code MULTI_REGION_CLOUD_TRAIL_ENABLED}'s s3BucketName to every source.
 * <pre>
 * Scenario 1: Given all five sources central (organization trail, delegated admins, S3 flow logs)  Then COMPLIANT
 * Scenario 2: Given this account is the security account                                           Then GuardDuty and Security Hub count as central
 * Scenario 3: Given GuardDuty without the central admin but exporting to the archive                Then GuardDuty counts as central
 * Scenario 4: Given a Config channel to a local bucket and a VPC logging to CloudWatch Logs         Then NON_COMPLIANT naming both
 * Scenario 5: Given no trail, no channel, GuardDuty and Security Hub off                             Then NON_COMPLIANT naming every source
 * Scenario 6: Given the Security Hub administrator is another account                                Then NON_COMPLIANT naming it
 * Scenario 7: Given a trail or flow-log change                                                       Then the account is evaluated
 * Scenario 8: Given a deleted trail or flow log                                                      Then NOT_APPLICABLE for it (framework)
 * Scenario 9: Given a failing account and a valid / expired exception                                Then COMPLIANT / NON_COMPLIANT naming it
 * Scenario 10: Given no logArchiveBucketName or a malformed account id                               Then the invocation fails naming it
 * </pre>
 */
public final class LogsCentralizedRule implements Rule {
    static final String TRAIL = "AWS::CloudTrail::Trail";
    static final String VPC = "AWS::EC2::VPC";
    static final String FLOW_LOG = "AWS::EC2::FlowLog";
    static final String BUCKETS = "logArchiveBucketName";
    static final String ARCHIVE_ACCOUNT = "logArchiveAccountId";
    static final String SECURITY_ACCOUNT = "securityAccountId";
    private static final Set<String> ACTIVE_MEMBER = Set.of("enabled", "associated");

    static final RuleSpec SPEC = RuleSpec.builder("logs-centralized", "DET-8")
            .title("All logs reach the log archive and the security account")
            .baseline("Centralize all logs (Cloudtrail, config, GuardDuty, SecurityHub, VPC Flow Logs) to SOC and review and action on alerts")
            .description("CloudTrail, Config delivery, GuardDuty, Security Hub and VPC flow logs all reach the central log archive "
                    + "or security account; the annotation names each source that does not.")
            .severity(Severity.HIGH)
            // trails and flow logs re-evaluate on change; the periodic run covers Config, GuardDuty and Security Hub
            .onChange(TRAIL, FLOW_LOG).periodic()
            .readsItems(VPC, FLOW_LOG)
            .reads(DetFacts.CLOUDTRAIL_TRAILS, DetFacts.CONFIG_DELIVERY_CHANNELS, DetFacts.GUARDDUTY_DETECTORS,
                    DetFacts.GUARDDUTY_PUBLISHING_DESTINATIONS, DetFacts.SECURITYHUB_STATUS)
            .param(ParameterSpec.csv(BUCKETS, null, "The central log-archive bucket names (comma-separated); required")
                    .matching("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", "S3 bucket names"))
            .param(ParameterSpec.string(ARCHIVE_ACCOUNT, null, "The log-archive account id: a flow log to a Firehose stream of this "
                    + "account counts as central; empty = none").matching("\\d{12}", "a 12-digit account id"))
            .param(ParameterSpec.string(SECURITY_ACCOUNT, null, "The security (SOC) account that must administer GuardDuty and "
                    + "Security Hub; required").matching("\\d{12}", "a 12-digit account id"))
            .remediation("Send every source to the archive: the organization trail and the Config delivery channel to the "
                    + "log-archive bucket, VPC flow logs to it as well (S3 destination), and make the security account the "
                    + "delegated administrator of GuardDuty and Security Hub (or export GuardDuty findings to the archive).")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<String> buckets = in.params().list(BUCKETS);
        String security = in.params().string(SECURITY_ACCOUNT);
        if (buckets.isEmpty() || security == null) {
            throw new InvalidParameterException("Rule logs-centralized needs " + (buckets.isEmpty() ? BUCKETS : "")
                    + (buckets.isEmpty() && security == null ? " and " : "") + (security == null ? SECURITY_ACCOUNT : "")
                    + ": the log-archive bucket names and the security account id have no default");
        }
        Context c = new Context(in, buckets, security, in.params().string(ARCHIVE_ACCOUNT));
        List<Finding> central = new ArrayList<>(), notCentral = new ArrayList<>();
        List<Source> sources = List.of(this::cloudTrail, this::config, this::guardDuty, this::securityHub, this::flowLogs);
        for (Source s : sources) {
            Finding f = s.check(c);
            (f.central ? central : notCentral).add(f);
        }
        if (notCentral.isEmpty()) {
            return List.of(in.accountCompliant(fit("All logs reach the archive: ", central, ".")));
        }
        String expected = " Expected " + String.join(" or ", buckets) + " and administrator " + security + ".";
        String found = fit("Not centralised: ", notCentral, ".");
        // every failing source is named; the expectation is repeated only when it fits Config's limit
        return List.of(in.accountNonCompliant(found.length() + expected.length() <= Annotations.MAX ? found + expected : found));
    }

    /** The findings joined within Config's limit: the longest details give way first, the source names never do. */
    static String fit(String prefix, List<Finding> findings, String suffix) {
        List<Finding> shown = new ArrayList<>(findings);
        while (true) {
            String text = prefix + String.join("; ", shown.stream().map(Finding::text).toList()) + suffix;
            if (text.length() <= Annotations.MAX) return text;
            Finding longest = shown.stream().filter(f -> f.detail != null)
                    .max(java.util.Comparator.comparingInt(f -> f.detail.length())).orElse(null);
            if (longest == null) return text;
            shown.set(shown.indexOf(longest), new Finding(longest.central, longest.source, null));
        }
    }

    private record Context(RuleInput in, List<String> buckets, String security, String archiveAccount) {
        boolean isSecurityAccount() { return security.equals(in.accountId()); }

        /** True for a log-archive bucket (the parameter's list is immutable and refuses null lookups). */
        boolean archives(String bucket) { return bucket != null && buckets.contains(bucket); }
    }

    /** One source's verdict: its name and what was found, e.g. "Config" and "channel default to examplecorp-prod-config". */
    record Finding(boolean central, String source, String detail) {
        String text() { return detail == null ? source : central ? source + " " + detail : source + " (" + detail + ")"; }
    }

    @FunctionalInterface
    private interface Source { Finding check(Context c); }

    private Finding cloudTrail(Context c) {
        List<CloudTrailTrail> trails = c.in.fact(DetFacts.CLOUDTRAIL_TRAILS).trails();
        for (CloudTrailTrail t : trails) {
            if (t.multiRegion() && t.logging() && !t.deliveryFailing() && c.archives(t.s3BucketName())) {
                return new Finding(true, "CloudTrail", t.name() + " to " + t.s3BucketName());
            }
        }
        if (trails.isEmpty()) return new Finding(false, "CloudTrail", "no trail");
        List<String> found = trails.stream().map(t -> t.name() + " to " + t.s3BucketName()
                + (!t.logging() ? ", not logging" : !t.multiRegion() ? ", single-region" : t.deliveryFailing() ? ", delivery failing" : "")).toList();
        return new Finding(false, "CloudTrail", String.join(", ", found));
    }

    private Finding config(Context c) {
        List<ConfigDeliveryChannel> channels = c.in.fact(DetFacts.CONFIG_DELIVERY_CHANNELS).channels();
        if (channels.isEmpty()) return new Finding(false, "Config", "no delivery channel");
        List<String> elsewhere = channels.stream().filter(ch -> !c.archives(ch.s3BucketName()))
                .map(ch -> "channel " + ch.name() + " to " + ch.s3BucketName()).toList();
        if (!elsewhere.isEmpty()) return new Finding(false, "Config", String.join(", ", elsewhere));
        return new Finding(true, "Config", "to " + channels.get(0).s3BucketName());
    }

    private Finding guardDuty(Context c) {
        GuardDutyDetector d = c.in.fact(DetFacts.GUARDDUTY_DETECTORS).detectors().stream()
                .filter(x -> "ENABLED".equals(x.status())).findFirst().orElse(null);
        if (d == null) return new Finding(false, "GuardDuty", "not enabled");
        if (c.isSecurityAccount()) return new Finding(true, "GuardDuty", "in the security account");
        if (c.security.equals(d.administratorAccountId()) && ACTIVE_MEMBER.contains(lower(d.administratorRelationshipStatus()))) {
            return new Finding(true, "GuardDuty", "administered by " + c.security);
        }
        // only read the exports when administration does not already centralise the findings
        for (GuardDutyPublishingDestination p : c.in.fact(DetFacts.GUARDDUTY_PUBLISHING_DESTINATIONS).destinations()) {
            if ("PUBLISHING".equals(p.status()) && c.archives(bucketOf(p.destinationArn()))) {
                return new Finding(true, "GuardDuty", "findings exported to " + bucketOf(p.destinationArn()));
            }
        }
        return new Finding(false, "GuardDuty", administrator(d.administratorAccountId(), d.administratorRelationshipStatus())
                + ", no findings export to the archive");
    }

    private Finding securityHub(Context c) {
        SecurityHubStatus hub = c.in.fact(DetFacts.SECURITYHUB_STATUS);
        if (!hub.enabled()) return new Finding(false, "Security Hub", "not enabled");
        if (c.isSecurityAccount()) return new Finding(true, "Security Hub", "in the security account");
        if (c.security.equals(hub.administratorAccountId()) && ACTIVE_MEMBER.contains(lower(hub.administratorMemberStatus()))) {
            return new Finding(true, "Security Hub", "administered by " + c.security);
        }
        return new Finding(false, "Security Hub", administrator(hub.administratorAccountId(), hub.administratorMemberStatus()));
    }

    private Finding flowLogs(Context c) {
        List<FlowLog> logs = c.in.items(FLOW_LOG).stream().map(FlowLog::of).toList();
        if (!c.in.isPeriodic() && c.in.item().resourceType().equals(FLOW_LOG)) {
            // the changed flow log as the event shows it
            FlowLog changed = FlowLog.of(c.in.item());
            List<FlowLog> merged = new ArrayList<>(logs.stream().filter(f -> !f.id().equals(changed.id())).toList());
            merged.add(changed);
            logs = merged;
        }
        List<ConfigurationItem> vpcs = c.in.items(VPC);
        if (vpcs.isEmpty()) return new Finding(true, "VPC flow logs", "not needed (no VPC)");
        // by VPC, in recorded order: searching every log for every VPC was quadratic in a large account
        Map<String, List<FlowLog>> byVpc = new HashMap<>();
        for (FlowLog f : logs) if (f.resourceId() != null) byVpc.computeIfAbsent(f.resourceId(), k -> new ArrayList<>()).add(f);
        List<String> missing = new ArrayList<>();
        for (ConfigurationItem vpc : vpcs) {
            List<FlowLog> own = byVpc.getOrDefault(vpc.resourceId(), List.of());
            boolean ok = own.stream().anyMatch(f -> f.active() && central(c, f));
            if (!ok) missing.add(vpc.resourceId() + " " + whyNot(own));
        }
        if (missing.isEmpty()) return new Finding(true, "VPC flow logs", "of " + vpcs.size() + " VPC" + (vpcs.size() == 1 ? "" : "s") + " to the archive");
        return new Finding(false, "VPC flow logs", String.join(", ", missing));
    }

    private static boolean central(Context c, FlowLog f) {
        if (c.archives(f.destinationBucket())) return true;
        return "kinesis-data-firehose".equalsIgnoreCase(f.logDestinationType()) && c.archiveAccount != null
                && c.archiveAccount.equals(f.destinationAccount());
    }

    /** Why a VPC's own flow logs (empty: none) do not reach the archive. */
    private static String whyNot(List<FlowLog> own) {
        if (own.isEmpty()) return "no VPC flow log";
        FlowLog f = own.get(0);
        return f.active() ? "to " + f.destination() : f.problem();
    }

    private static String administrator(String account, String status) {
        if (account == null) return "no administrator";
        return "administrator " + account + (status == null ? "" : " " + status);
    }

    private static String bucketOf(String s3Arn) {
        if (s3Arn == null) return null;
        int i = s3Arn.indexOf(":::");
        String rest = i < 0 ? s3Arn : s3Arn.substring(i + 3);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static String lower(String s) { return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT); }
}
