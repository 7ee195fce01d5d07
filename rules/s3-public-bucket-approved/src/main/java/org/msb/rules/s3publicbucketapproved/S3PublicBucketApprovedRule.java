package org.msb.rules.s3publicbucketapproved;

import org.msb.item.ConfigurationItem;
import org.msb.model.s3.S3PublicAccess;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * DP-7 (A): a bucket that is public, as AWS means it (a bucket-policy or ACL grant to everyone that Block Public
 * Access of the bucket or the account does not override; {@link S3PublicAccess}), is COMPLIANT only under a
 * register exception ("whitelisted") whose attestation ("reviewed for sensitive content, frequent attestation")
 * is no older than {@code attestationMaxAgeDays}. The rule finds public buckets; the framework applies the
 * exception and, because of {@code exceptionsNeedAttestation}, refuses one that is unattested, attested too long
 * ago or only a tag; the annotation names the exception and the day it stops counting. Exceeds
 * S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED's static excludedPublicBuckets list.
 * <pre>
 * Scenario 1: Given a private bucket, or a public grant that Block Public Access overrides   Then COMPLIANT saying so
 * Scenario 2: Given a public bucket without exception                                        Then NON_COMPLIANT naming the grant
 * Scenario 3: Given a public bucket with an exception attested 10 days ago                   Then COMPLIANT by exception, until attestation + 30 days
 * Scenario 4: Given the attestation 45 days old, or none, or only a tag exception            Then NON_COMPLIANT: attestation overdue
 * Scenario 5: Given the exception expired                                                    Then NON_COMPLIANT: expired
 * Scenario 6: Given a deleted bucket                                                         Then NOT_APPLICABLE (framework)
 * </pre>
 */
public final class S3PublicBucketApprovedRule implements Rule {
    static final String BUCKET = "AWS::S3::Bucket";
    static final String ACCOUNT_BLOCK = "AWS::S3::AccountPublicAccessBlock";
    static final String MAX_AGE = "attestationMaxAgeDays";

    static final RuleSpec SPEC = RuleSpec.builder("s3-public-bucket-approved", "DP-7")
            .title("Public S3 buckets are approved and attested")
            .baseline("Public S3 buckets that are required are whitelisted and reviewed for sensitive content, frequent attestation.")
            .description("A public bucket (policy or ACL open to everyone, not overridden by Block Public Access) passes only under "
                    + "a register exception attested recently.")
            .severity(Severity.CRITICAL)
            .onChange(BUCKET).periodic().cleanUpStale()
            .readsItems(ACCOUNT_BLOCK)
            .attestationBased()
            .param(ParameterSpec.integer(MAX_AGE, 30, 1, 365, "Most days since the last attestation (content reviewed, still needed) "
                    + "for a public bucket's exception to count"))
            .exceptionsNeedAttestation(MAX_AGE)
            .remediation("If the bucket need not be public: remove the public policy statement or ACL grant and turn on Block Public "
                    + "Access; serve content through CloudFront with origin access control. If it must be public: review its content, "
                    + "add a register exception for it and attest it (msb attest) at least every attestationMaxAgeDays.")
            .managedRule("S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED", "S3_BUCKET_PUBLIC_READ_PROHIBITED", "S3_BUCKET_PUBLIC_WRITE_PROHIBITED")
            .securityHub("S3.2", "S3.3", "S3.8")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<ConfigurationItem> buckets = in.subjects(BUCKET);
        if (buckets.isEmpty()) return List.of();
        List<ConfigurationItem> blocks = in.items(ACCOUNT_BLOCK);
        ConfigurationItem account = blocks.stream().filter(b -> in.accountId().equals(b.resourceId())).findFirst()
                .orElse(blocks.isEmpty() ? null : blocks.get(0));
        int maxAge = in.params().intValue(MAX_AGE);
        List<Evaluation> out = new ArrayList<>();
        for (ConfigurationItem b : buckets) {
            S3PublicAccess access = S3PublicAccess.of(b, account);
            if (!access.isPublic()) {
                out.add(in.compliant(b, access.neutralised().isEmpty() ? "Not public: no policy or ACL grant to everyone."
                        : "Not public: Block Public Access (" + String.join(", ", access.blockPublicAccess().on()) + ") overrides "
                        + access.describeNeutralised() + "."));
            } else {
                out.add(in.nonCompliant(b, "Public: " + access.describe() + ". Needs a register exception attested within "
                        + maxAge + " days."));
            }
        }
        return out;
    }
}
