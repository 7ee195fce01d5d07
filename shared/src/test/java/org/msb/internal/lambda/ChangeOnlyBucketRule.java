package org.msb.internal.lambda;

import org.msb.rule.Evaluation;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;

import java.util.List;

/** Test-only rule triggered by changes only (no schedule, no stale clean-up). */
public final class ChangeOnlyBucketRule implements Rule {
    static final RuleSpec SPEC = RuleSpec.builder("change-only-bucket", "DP-2")
            .title("Buckets are versioned")
            .baseline("Every bucket is versioned (test rule).")
            .description("Test rule for the Lambda handler: change-triggered only.")
            .remediation("Enable versioning.")
            .onChange(TaggedBucketRule.BUCKET)
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        return in.subjects(TaggedBucketRule.BUCKET).stream()
                .map(b -> "Enabled".equals(b.supplementary("BucketVersioningConfiguration").get("status").text())
                        ? in.compliant(b, "Versioning is enabled.")
                        : in.nonCompliant(b, "Versioning is not enabled."))
                .toList();
    }
}
