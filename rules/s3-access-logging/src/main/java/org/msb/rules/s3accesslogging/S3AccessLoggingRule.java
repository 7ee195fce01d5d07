package org.msb.rules.s3accesslogging;

import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
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

/**
 * DET-4: every S3 bucket delivers server access logs to an allowed log bucket; buckets that are
 * themselves log targets are handled without recursion. Parameters {@code targetBucket} and
 * {@code targetPrefix} are those of the managed rule {@code S3_BUCKET_LOGGING_ENABLED}.
 * <pre>
 * Scenario 1: Given a bucket logging to another bucket (any allowed)             Then COMPLIANT
 * Scenario 2: Given a bucket with logging off                                      Then NON_COMPLIANT
 * Scenario 3: Given targetBucket=a,b and a bucket logging to c                     Then NON_COMPLIANT naming c and the allowed ones
 * Scenario 4: Given targetPrefix=s3/ and a bucket logging with prefix logs/        Then NON_COMPLIANT naming both prefixes
 * Scenario 5: Given a bucket logging to itself                                     Then NON_COMPLIANT (log loop)
 * Scenario 6: Given a bucket without logging that another bucket logs to           Then NOT_APPLICABLE, naming that bucket
 * Scenario 7: Given a bucket without logging tagged msb:log-target=true            Then NOT_APPLICABLE, naming the tag
 * Scenario 8: Given exemptLogTargets=false and such a log bucket                   Then NON_COMPLIANT
 * Scenario 9: Given a deleted bucket or one that left the scope                    Then NOT_APPLICABLE (framework)
 * Scenario 10: Given logging off and a valid exception (register or tag)           Then COMPLIANT naming the exception
 * Scenario 11: Given logging off and an expired exception                          Then NON_COMPLIANT saying it expired
 * Scenario 12: Given targetBucket with an invalid bucket name                      Then the invocation fails naming parameter and value
 * </pre>
 */
public final class S3AccessLoggingRule implements Rule {
    static final String BUCKET = "AWS::S3::Bucket";
    static final String TARGET_BUCKET = "targetBucket";
    static final String TARGET_PREFIX = "targetPrefix";
    static final String EXEMPT_LOG_TARGETS = "exemptLogTargets";
    /** Marks a bucket that receives access logs from buckets this account's Config does not show (another region's recorder). */
    static final String LOG_TARGET_TAG = "msb:log-target";

    static final RuleSpec SPEC = RuleSpec.builder("s3-access-logging", "DET-4")
            .title("S3 buckets have server access logging")
            .baseline("Enable Amazon S3 access logs")
            .description("Every S3 bucket delivers server access logs to an allowed log bucket (with the required prefix); "
                    + "log buckets need not log themselves.")
            .severity(Severity.MEDIUM)
            // periodic too: a bucket that never changes is still evaluated, and log-target evidence is refreshed
            .onChange(BUCKET).periodic().cleanUpStale()
            .param(ParameterSpec.csv(TARGET_BUCKET, null, "Allowed destination buckets for access logs (comma-separated); empty = any other bucket")
                    .matching("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", "S3 bucket names"))
            .param(ParameterSpec.string(TARGET_PREFIX, null, "Required start of the log object prefix (e.g. s3-access/); empty = any"))
            .param(ParameterSpec.bool(EXEMPT_LOG_TARGETS, true, "A bucket without logging is NOT_APPLICABLE when another bucket in the "
                    + "account logs to it, or it is tagged " + LOG_TARGET_TAG + "=true"))
            .remediation("Enable server access logging on the bucket (S3 console > bucket > Properties > Server access logging, or "
                    + "aws s3api put-bucket-logging) with a dedicated log bucket in the same account and region as the target "
                    + "and the required prefix; never the bucket itself.")
            .managedRule("S3_BUCKET_LOGGING_ENABLED")
            .securityHub("S3.9")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<String> allowed = in.params().list(TARGET_BUCKET);
        String requiredPrefix = in.params().string(TARGET_PREFIX);
        List<Evaluation> out = new ArrayList<>();
        Map<String, List<String>> logSources = null;  // built on first need: a change event with logging on never reads all buckets
        for (ConfigurationItem bucket : in.subjects(BUCKET)) {
            String name = name(bucket);
            Node logging = bucket.supplementary("BucketLoggingConfiguration");
            String target = logging.get("destinationBucketName").text("");
            String prefix = logging.get("logFilePrefix").text("");
            if (target.equals(name)) {
                // Logging into itself is a loop (each delivery is a logged write, so log objects grow without end) and
                // keeps the audit trail where whoever can delete the data can delete it too: not accepted as logging.
                out.add(in.nonCompliant(bucket, "Bucket logs to itself, which loops and keeps logs beside the data; expected "
                        + "a separate log bucket" + allowedText(allowed) + "."));
            } else if (!target.isEmpty() && !allowed.isEmpty() && !allowed.contains(target)) {
                out.add(in.nonCompliant(bucket, "Access logs go to bucket " + target + "; expected one of: " + String.join(", ", allowed) + "."));
            } else if (!target.isEmpty() && requiredPrefix != null && !prefix.startsWith(requiredPrefix)) {
                out.add(in.nonCompliant(bucket, "Access logs go to " + target + " with prefix \"" + prefix + "\"; expected a prefix "
                        + "starting with \"" + requiredPrefix + "\"."));
            } else if (!target.isEmpty()) {
                out.add(in.compliant(bucket, "Access logs go to bucket " + target + (prefix.isEmpty() ? "" : " with prefix \"" + prefix + "\"") + "."));
            } else {
                String evidence = null;
                if (in.params().boolValue(EXEMPT_LOG_TARGETS)) {
                    if (logSources == null) logSources = logSources(in);
                    evidence = logTargetEvidence(logSources, bucket, name);
                }
                out.add(evidence != null
                        ? in.notApplicable(bucket, evidence + " (exemptLogTargets): a log bucket need not log itself.")
                        : in.nonCompliant(bucket, "Server access logging is off; expected logs delivered to a log bucket"
                                + allowedText(allowed) + "."));
            }
        }
        return out;
    }

    /**
     * The buckets logging into each bucket, by target name, read once per evaluation: scanning every bucket
     * for each bucket without logging was quadratic (50,000 buckets took minutes of CPU in a periodic run).
     */
    private static Map<String, List<String>> logSources(RuleInput in) {
        Map<String, List<String>> sources = new HashMap<>();
        for (ConfigurationItem b : in.items(BUCKET)) {
            String target = b.supplementary("BucketLoggingConfiguration").get("destinationBucketName").text();
            if (target != null) sources.computeIfAbsent(target, k -> new ArrayList<>()).add(name(b));
        }
        return sources;
    }

    /** Why the bucket counts as a log bucket, or null when nothing shows it is one. */
    private static String logTargetEvidence(Map<String, List<String>> logSources, ConfigurationItem bucket, String name) {
        List<String> sources = logSources.getOrDefault(name, List.of()).stream()
                .filter(source -> !source.equals(name))
                .sorted().toList();
        if (!sources.isEmpty()) {
            String shown = String.join(", ", sources.subList(0, Math.min(3, sources.size())));
            return "Receives the access logs of " + shown + (sources.size() > 3 ? " and " + (sources.size() - 3) + " more" : "");
        }
        return "true".equalsIgnoreCase(bucket.tag(LOG_TARGET_TAG)) ? "Tagged " + LOG_TARGET_TAG + "=true as a log bucket" : null;
    }

    private static String allowedText(List<String> allowed) {
        return allowed.isEmpty() ? "" : " (one of: " + String.join(", ", allowed) + ")";
    }

    private static String name(ConfigurationItem bucket) {
        return bucket.property("name").text(bucket.displayName());
    }
}
