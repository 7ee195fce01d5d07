package org.msb.internal.lambda;

import org.msb.item.ConfigurationItem;
import org.msb.rule.Evaluation;
import org.msb.rule.Frequency;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Test-only rule for the Lambda path: an S3 bucket must carry the tag named by TagKey. Change-triggered
 * and periodic with stale clean-up, so one rule exercises every path. A bucket's {@code annotation} tag,
 * when present, replaces the annotation (lets a test produce a long one).
 */
public final class TaggedBucketRule implements Rule {
    static final String BUCKET = "AWS::S3::Bucket";
    static final RuleSpec SPEC = RuleSpec.builder("tagged-bucket", "DP-1")
            .title("S3 buckets name their owner")
            .baseline("Every bucket names its owner (test rule).")
            .description("Test rule for the Lambda handler: checks that an S3 bucket carries an owner tag.")
            .remediation("Add the tag to the bucket.")
            .onChange(BUCKET)
            .periodic(Frequency.One_Hour)
            .cleanUpStale()
            .param(ParameterSpec.string("TagKey", "owner", "The tag every bucket must carry").matching("[\\w.:/=+@-]{1,128}", "a tag key"))
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        String key = in.params().string("TagKey");
        List<Evaluation> out = new ArrayList<>();
        for (ConfigurationItem b : in.subjects(BUCKET)) {
            String value = b.tag(key);
            String annotation = b.tag("annotation");
            out.add(value != null && !value.isEmpty()
                    ? in.compliant(b, annotation != null ? annotation : "Tagged " + key + "=" + value + ".")
                    : in.nonCompliant(b, annotation != null ? annotation : "The bucket has no " + key + " tag; expected one."));
        }
        return out;
    }
}
