package org.msb.rules.multiregioncloudtrail;

import org.msb.fact.CloudTrailTrail;
import org.msb.fact.DetFacts;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleParameters;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * DET-1: at least one trail, the account's own or the organization's, is multi-region, logging, records read
 * and write management events, validates log files, is KMS-encrypted and delivers to the expected bucket.
 * Parameter names, formats and defaults follow the managed rule {@code MULTI_REGION_CLOUD_TRAIL_ENABLED}
 * ({@code s3BucketName}, {@code snsTopicArn}, {@code cloudWatchLogsLogGroupArn}, {@code includeManagementEvents},
 * {@code readWriteType}); encryption and validation (CloudTrail.2, CloudTrail.4) are required unless turned off.
 * The trails come from the {@code cloudtrail.trails} fact: a member account sees the organization trail only as a
 * shadow trail, whose status and selectors are read in its home region.
 * <pre>
 * Scenario 1: Given the organization trail (shadow) meeting every requirement          Then COMPLIANT naming it
 * Scenario 2: Given an own trail without custom selectors (CloudTrail's default)         Then COMPLIANT
 * Scenario 3: Given advanced selectors readOnly=true and readOnly=false on two selectors  Then COMPLIANT (read and write)
 * Scenario 4: Given no trail                                                              Then NON_COMPLIANT
 * Scenario 5: Given a single-region trail that is not logging                             Then NON_COMPLIANT naming both
 * Scenario 6: Given a classic WriteOnly selector                                          Then NON_COMPLIANT, read events not logged
 * Scenario 7: Given management events excluding kms.amazonaws.com                         Then NON_COMPLIANT naming the exclusion
 * Scenario 8: Given no KMS and no log file validation                                     Then NON_COMPLIANT naming both
 * Scenario 9: Given s3BucketName=archive and a trail delivering elsewhere                 Then NON_COMPLIANT naming both buckets
 * Scenario 10: Given a trail whose last S3 delivery failed                                Then NON_COMPLIANT naming the error
 * Scenario 11: Given a trail change                                                       Then the account is evaluated
 * Scenario 12: Given a deleted trail                                                      Then NOT_APPLICABLE for it (framework)
 * Scenario 13: Given a failing account and a valid / expired exception                    Then COMPLIANT / NON_COMPLIANT naming it
 * Scenario 14: Given readWriteType=All or a bad bucket name                               Then the invocation fails naming it
 * </pre>
 */
public final class MultiRegionCloudtrailRule implements Rule {
    static final String TRAIL = "AWS::CloudTrail::Trail";
    static final String S3_BUCKET = "s3BucketName";
    static final String SNS_TOPIC = "snsTopicArn";
    static final String LOG_GROUP = "cloudWatchLogsLogGroupArn";
    static final String INCLUDE_MANAGEMENT = "includeManagementEvents";
    static final String READ_WRITE = "readWriteType";
    static final String REQUIRE_KMS = "requireKms";
    static final String REQUIRE_VALIDATION = "requireLogFileValidation";

    static final RuleSpec SPEC = RuleSpec.builder("multi-region-cloudtrail", "DET-1")
            .title("A multi-region CloudTrail trail records every management event")
            .baseline("Enable Multi-region CloudTrails")
            .description("At least one trail (own or organization) is multi-region and logging, records read and write management "
                    + "events, validates log files, is KMS-encrypted and delivers to the expected bucket.")
            .severity(Severity.HIGH)
            // a trail change re-evaluates at once; periodic runs catch what no item shows (a stopped organization trail)
            .onChange(TRAIL).periodic()
            .reads(DetFacts.CLOUDTRAIL_TRAILS)
            .param(ParameterSpec.string(S3_BUCKET, null, "The bucket the trail must deliver to (the log archive); empty = any")
                    .matching("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", "an S3 bucket name"))
            .param(ParameterSpec.string(SNS_TOPIC, null, "The SNS topic the trail must notify; empty = any")
                    .matching("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}", "an SNS topic ARN"))
            .param(ParameterSpec.string(LOG_GROUP, null, "The CloudWatch Logs group the trail must send to; empty = any")
                    .matching("arn:aws[a-z-]*:logs:[a-z0-9-]+:\\d{12}:log-group:[^:]+(:\\*)?", "a CloudWatch Logs log group ARN"))
            .param(ParameterSpec.bool(INCLUDE_MANAGEMENT, true, "Require management events to be recorded (of readWriteType)"))
            .param(ParameterSpec.choice(READ_WRITE, "ALL", List.of("ALL", "ReadOnly", "WriteOnly"),
                    "Which management events must be recorded: ALL (read and write), ReadOnly or WriteOnly"))
            .param(ParameterSpec.bool(REQUIRE_KMS, true, "Require SSE-KMS encryption of the log files (CloudTrail.2)"))
            .param(ParameterSpec.bool(REQUIRE_VALIDATION, true, "Require log file integrity validation (CloudTrail.4)"))
            .remediation("Create (or fix) a multi-region trail, ideally the organization trail from the management account: "
                    + "aws cloudtrail create-trail --is-multi-region-trail --is-organization-trail --enable-log-file-validation "
                    + "--kms-key-id KEY --s3-bucket-name LOG_ARCHIVE, then start-logging; keep its event selectors recording all "
                    + "read and write management events with no excluded sources.")
            .managedRule("MULTI_REGION_CLOUD_TRAIL_ENABLED", "CLOUD_TRAIL_ENCRYPTION_ENABLED", "CLOUD_TRAIL_LOG_FILE_VALIDATION_ENABLED")
            .securityHub("CloudTrail.1", "CloudTrail.2", "CloudTrail.4")
            .cis("CIS v1.2.0 2.1", "CIS v1.2.0 2.2", "CIS v1.2.0 2.7", "CIS v1.4.0 3.1", "CIS v1.4.0 3.2", "CIS v1.4.0 3.7",
                    "CIS v3.0.0 3.1", "CIS v3.0.0 3.2", "CIS v3.0.0 3.5")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<CloudTrailTrail> trails = in.fact(DetFacts.CLOUDTRAIL_TRAILS).trails();
        RuleParameters p = in.params();
        if (trails.isEmpty()) {
            return List.of(in.accountNonCompliant("No CloudTrail trail is visible in " + in.region() + " (own, multi-region or "
                    + "organization trail); expected a multi-region trail that is logging" + expectedEvents(p) + "."));
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (CloudTrailTrail t : trails) verdicts.add(new Verdict(t, failures(t, p)));
        verdicts.sort(Comparator.comparingInt((Verdict v) -> v.failures.size()).thenComparing(v -> v.trail.name()));
        Verdict best = verdicts.get(0);
        if (best.failures.isEmpty()) {
            CloudTrailTrail t = best.trail;
            return List.of(in.accountCompliant("Trail " + t.name() + origin(t, in.accountId()) + " is multi-region and logging, records "
                    + recorded(p) + (p.boolValue(REQUIRE_VALIDATION) ? ", validates log files" : "")
                    + (p.boolValue(REQUIRE_KMS) ? ", is KMS-encrypted" : "") + " and delivers to " + t.s3BucketName() + "."));
        }
        StringBuilder a = new StringBuilder("No trail meets every requirement: ");
        for (int i = 0; i < verdicts.size(); i++) {
            Verdict v = verdicts.get(i);
            a.append(i == 0 ? "" : "; ").append(v.trail.name()).append(": ").append(String.join(", ", v.failures));
        }
        return List.of(in.accountNonCompliant(a.append(".").toString()));
    }

    private record Verdict(CloudTrailTrail trail, List<String> failures) {}

    static List<String> failures(CloudTrailTrail t, RuleParameters p) {
        List<String> f = new ArrayList<>();
        if (!t.multiRegion()) f.add("single-region");
        if (!t.logging()) f.add("not logging");
        else if (t.deliveryFailing()) f.add("S3 delivery failing (" + t.latestDeliveryError() + ")");
        if (p.boolValue(INCLUDE_MANAGEMENT)) {
            String rw = p.string(READ_WRITE);
            boolean needRead = !rw.equals("WriteOnly"), needWrite = !rw.equals("ReadOnly");
            ManagementEvents m = ManagementEvents.of(t);
            boolean missRead = needRead && !m.read(), missWrite = needWrite && !m.write();
            if (missRead || missWrite) {
                String which = missRead && missWrite ? "management events" : missRead ? "read management events" : "write management events";
                f.add(m.limits().isEmpty() ? which + " not logged" : which + " only partly logged (" + String.join("; ", m.limits()) + ")");
            }
        }
        if (p.boolValue(REQUIRE_VALIDATION) && !t.logFileValidationEnabled()) f.add("no log file validation");
        if (p.boolValue(REQUIRE_KMS) && (t.kmsKeyId() == null || t.kmsKeyId().isBlank())) f.add("not KMS-encrypted");
        String bucket = p.string(S3_BUCKET);
        if (bucket != null && !bucket.equals(t.s3BucketName())) f.add("delivers to " + t.s3BucketName() + " (expected " + bucket + ")");
        String topic = p.string(SNS_TOPIC);
        if (topic != null && !topic.equals(t.snsTopicArn())) f.add("SNS topic " + orNone(t.snsTopicArn()) + " (expected " + topic + ")");
        String group = p.string(LOG_GROUP);
        if (group != null && !logGroup(group).equals(logGroup(t.cloudWatchLogsLogGroupArn()))) {
            f.add("CloudWatch Logs " + orNone(t.cloudWatchLogsLogGroupArn()) + " (expected " + group + ")");
        }
        return f;
    }

    /** CloudTrail reports a log group ARN with a trailing ":*"; users often write it without. */
    private static String logGroup(String arn) { return arn == null ? "" : arn.endsWith(":*") ? arn.substring(0, arn.length() - 2) : arn; }

    private static String orNone(String s) { return s == null ? "none" : s; }

    private static String origin(CloudTrailTrail t, String accountId) {
        String owner = accountOf(t.trailArn());
        if (t.organizationTrail()) return " (organization trail" + (owner != null && !owner.equals(accountId) ? " of " + owner : "") + ", home " + t.homeRegion() + ")";
        return " (home " + t.homeRegion() + ")";
    }

    private static String accountOf(String arn) {
        if (arn == null) return null;
        String[] parts = arn.split(":", 6);
        return parts.length > 4 ? parts[4] : null;
    }

    private static String recorded(RuleParameters p) {
        if (!p.boolValue(INCLUDE_MANAGEMENT)) return "events";
        return switch (p.string(READ_WRITE)) {
            case "ReadOnly" -> "read management events";
            case "WriteOnly" -> "write management events";
            default -> "read and write management events";
        };
    }

    private static String expectedEvents(RuleParameters p) {
        List<String> e = new ArrayList<>();
        if (p.boolValue(INCLUDE_MANAGEMENT)) e.add("records " + recorded(p));
        if (p.boolValue(REQUIRE_VALIDATION)) e.add("validates log files");
        if (p.boolValue(REQUIRE_KMS)) e.add("is KMS-encrypted");
        if (p.string(S3_BUCKET) != null) e.add("delivers to " + p.string(S3_BUCKET));
        return e.isEmpty() ? "" : ", " + String.join(", ", e);
    }
}
