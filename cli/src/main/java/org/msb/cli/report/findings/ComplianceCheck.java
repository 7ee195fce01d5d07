package org.msb.cli.report.findings;

import org.msb.cli.scan.RuleError;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.AppliedException;
import org.msb.engine.RuleResult;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;
import org.msb.rule.RuleSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One finding's worth of a scan, whatever the output format: a rule's result on one resource, or a rule that
 * could not be evaluated (on the account). Both writers turn these into findings, so they count alike.
 */
record ComplianceCheck(String source, String accountId, String region, Instant scannedAt, RuleSpec spec,
                       String resourceType, String resourceId, Outcome outcome, String annotation, Instant observedAt,
                       AppliedException exception) {

    /** What a finding says about the check; an approved exception is told apart from a plain pass. */
    enum Outcome { PASSED, PASSED_BY_EXCEPTION, FAILED, NOT_APPLICABLE, INSUFFICIENT_DATA, ERROR }

    ComplianceCheck {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(spec, "spec");
    }

    /** Every result and rule error of the scans, in their order. */
    static List<ComplianceCheck> of(List<ScanResult> scans) {
        List<ComplianceCheck> out = new ArrayList<>();
        for (ScanResult s : scans) {
            if (s.accountId() == null || !s.accountId().matches("\\d{12}")) {
                throw new IllegalArgumentException("scan \"" + s.source() + "\" has no 12-digit account id (" + s.accountId() + "); findings need one");
            }
            if (s.region() == null || s.region().isBlank()) {
                throw new IllegalArgumentException("scan \"" + s.source() + "\" of account " + s.accountId() + " has no region; findings need one");
            }
            Map<String, RuleSpec> specs = s.rules().stream().map(Rule::spec).collect(Collectors.toMap(RuleSpec::id, Function.identity(), (a, b) -> a));
            for (RuleResult r : s.results()) {
                Evaluation e = r.evaluation();
                out.add(new ComplianceCheck(s.source(), s.accountId(), s.region(), s.evaluatedAt(), spec(specs, r.ruleId(), s),
                        e.resourceType(), e.resourceId(), outcome(r), e.annotation(), e.orderingTimestamp(), r.exception()));
            }
            for (RuleError err : s.errors()) {
                out.add(new ComplianceCheck(s.source(), s.accountId(), s.region(), s.evaluatedAt(), spec(specs, err.ruleId(), s),
                        Evaluation.ACCOUNT_TYPE, s.accountId(), Outcome.ERROR, err.message(), s.evaluatedAt(), null));
            }
        }
        return out;
    }

    private static RuleSpec spec(Map<String, RuleSpec> specs, String ruleId, ScanResult s) {
        RuleSpec spec = specs.get(ruleId);
        if (spec == null) throw new IllegalArgumentException("scan \"" + s.source() + "\" has a result of rule " + ruleId + ", which is not among its rules");
        return spec;
    }

    private static Outcome outcome(RuleResult r) {
        if (r.compliantByException()) return Outcome.PASSED_BY_EXCEPTION;
        Compliance c = r.compliance();
        return switch (c) {
            case COMPLIANT -> Outcome.PASSED;
            case NON_COMPLIANT -> Outcome.FAILED;
            case NOT_APPLICABLE -> Outcome.NOT_APPLICABLE;
            case INSUFFICIENT_DATA -> Outcome.INSUFFICIENT_DATA;
        };
    }

    boolean isAccount() { return Evaluation.ACCOUNT_TYPE.equals(resourceType); }

    /** When the result was observed; never after the scan (a finding's creation precedes its update). */
    Instant createdAt() {
        if (observedAt == null) return scannedAt;
        return scannedAt != null && observedAt.isAfter(scannedAt) ? scannedAt : observedAt;
    }

    Instant updatedAt() { return scannedAt != null ? scannedAt : observedAt; }

    String partition() { return FindingText.partition(region); }

    /** The resource as AWS names it: an ARN where one is known, Security Hub's form for the account. */
    String resourceName() {
        if (isAccount()) return "AWS::::Account:" + resourceId;
        if (resourceId.startsWith("arn:")) return resourceId;
        if ("AWS::S3::Bucket".equals(resourceType)) return "arn:" + partition() + ":s3:::" + resourceId;
        return resourceId;
    }

    /**
     * The same finding id in every run for the same account, region, rule and resource. A rule error has its own
     * ("rule-error"): live Config may report an error beside the rule's last account-level result.
     */
    String findingId(int max) {
        if (outcome == Outcome.ERROR) return FindingText.stableId(max, "msb", accountId, region, spec.id(), "rule-error");
        return FindingText.stableId(max, "msb", accountId, region, spec.id(), resourceType, resourceId);
    }

    /** One sentence on why the status is what it is, naming the exception when one was considered. */
    String statusReason() {
        return switch (outcome) {
            case PASSED -> "The resource meets " + spec.controlId() + ".";
            case PASSED_BY_EXCEPTION -> "Compliant by exception " + exception.id() + " (approved by " + exception.approver()
                    + ", valid until " + exception.validUntil() + "): the resource itself does not meet " + spec.controlId() + ".";
            case FAILED -> exception == null ? "The resource does not meet " + spec.controlId() + "."
                    : "The resource does not meet " + spec.controlId() + "; exception " + exception.id() + " is "
                    + exception.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".";
            case NOT_APPLICABLE -> "The rule does not apply to this resource.";
            case INSUFFICIENT_DATA -> "The data the rule needs was not available.";
            case ERROR -> "The rule could not be evaluated.";
        };
    }
}
