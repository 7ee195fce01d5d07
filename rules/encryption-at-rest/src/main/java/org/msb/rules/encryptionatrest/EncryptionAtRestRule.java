package org.msb.rules.encryptionatrest;

import org.msb.fact.DpFacts;
import org.msb.item.ConfigurationItem;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * DP-1: data at rest is encrypted. One rule over the stores the baseline cares about (EBS volumes, RDS instances
 * and clusters, EFS, DynamoDB, SNS, SQS, S3), with one {@code allowedKmsKeyArns} and one
 * {@code requireCustomerManagedKey}; customer KMS keys rotate automatically (keys that cannot rotate are not
 * applicable); EBS encryption by default is on in the region (account result, periodic). Matches ENCRYPTED_VOLUMES,
 * RDS_STORAGE_ENCRYPTED, EFS_ENCRYPTED_CHECK, SNS_ENCRYPTED_KMS, DYNAMODB_TABLE_ENCRYPTED_KMS, S3_DEFAULT_ENCRYPTION_KMS,
 * CMK_BACKING_KEY_ROTATION_ENABLED and EC2_EBS_ENCRYPTION_BY_DEFAULT.
 * <pre>
 * Scenario 1: Given an encrypted volume / table / queue / bucket                     Then COMPLIANT naming how
 * Scenario 2: Given an unencrypted volume, RDS instance, file system, topic or queue Then NON_COMPLIANT
 * Scenario 3: Given requireCustomerManagedKey and an AWS-managed or service key     Then NON_COMPLIANT
 * Scenario 4: Given allowedKmsKeyArns and another key                                Then NON_COMPLIANT naming it
 * Scenario 5: Given a customer key without rotation                                  Then NON_COMPLIANT; AWS-managed / asymmetric keys NOT_APPLICABLE
 * Scenario 6: Given EBS encryption by default off (periodic)                         Then the account is NON_COMPLIANT
 * Scenario 7: Given a deleted item                                                   Then NOT_APPLICABLE (framework)
 * </pre>
 */
public final class EncryptionAtRestRule implements Rule {
    static final String KMS_KEY = "AWS::KMS::Key";
    static final String REQUIRE_CMK = "requireCustomerManagedKey";
    static final String ALLOWED_KEYS = "allowedKmsKeyArns";

    static final RuleSpec SPEC = RuleSpec.builder("encryption-at-rest", "DP-1")
            .title("Data at rest is encrypted with KMS")
            .baseline("Data-at-rest is encrypted (KMS)")
            .description("EBS, RDS, EFS, DynamoDB, SNS, SQS and S3 data encrypted (with allowed or customer keys when required); "
                    + "customer keys rotate; EBS encryption by default on.")
            .severity(Severity.HIGH)
            .onChange(AtRestReader.types().toArray(String[]::new)).onChange(KMS_KEY).periodic().cleanUpStale()
            .reads(DpFacts.EBS_ENCRYPTION_BY_DEFAULT)
            .param(ParameterSpec.bool(REQUIRE_CMK, false, "Require a customer-managed KMS key (not an AWS-managed aws/... key, "
                    + "SSE-S3, SSE-SQS or DynamoDB's own key)"))
            .param(ParameterSpec.csv(ALLOWED_KEYS, null, "KMS key or alias ARNs resources must use (comma-separated); empty = any")
                    .matching("arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:(key|alias)/[A-Za-z0-9/_-]+", "KMS key or alias ARNs"))
            .remediation("Encrypt the resource (new EBS volumes from an encrypted snapshot copy; RDS and EFS by restoring into an "
                    + "encrypted copy; SNS/SQS: set KmsMasterKeyId; S3: put-bucket-encryption with aws:kms) with an allowed customer "
                    + "key; aws kms enable-key-rotation --key-id KEY; aws ec2 enable-ebs-encryption-by-default in every region.")
            .managedRule("ENCRYPTED_VOLUMES", "EC2_EBS_ENCRYPTION_BY_DEFAULT", "RDS_STORAGE_ENCRYPTED", "EFS_ENCRYPTED_CHECK",
                    "DYNAMODB_TABLE_ENCRYPTED_KMS", "SNS_ENCRYPTED_KMS", "S3_DEFAULT_ENCRYPTION_KMS", "CMK_BACKING_KEY_ROTATION_ENABLED")
            .securityHub("EC2.3", "EC2.7", "RDS.3", "EFS.1", "SNS.1", "KMS.4")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        boolean requireCmk = in.params().boolValue(REQUIRE_CMK);
        List<String> allowed = in.params().list(ALLOWED_KEYS);
        List<Evaluation> out = new ArrayList<>();
        KmsKeys keys = null;
        for (String type : AtRestReader.types()) {
            for (ConfigurationItem item : in.subjects(type)) {
                AtRest at = AtRestReader.read(item);
                if (keys == null && at.state() == AtRest.State.KMS && (requireCmk || !allowed.isEmpty())) {
                    keys = new KmsKeys(requireCmk ? in.items(KMS_KEY) : List.of(), in.accountId(), in.region());
                }
                out.add(verdict(in, item, at, requireCmk, allowed, keys));
            }
        }
        for (ConfigurationItem key : in.subjects(KMS_KEY)) out.add(KeyRotation.evaluate(in, key));
        if (in.isPeriodic()) {
            out.add(in.fact(DpFacts.EBS_ENCRYPTION_BY_DEFAULT).enabled()
                    ? in.accountCompliant("EBS encryption by default is on in " + in.region() + ".")
                    : in.accountNonCompliant("EBS encryption by default is off in " + in.region() + ", so new volumes can be "
                    + "created unencrypted; expected it on."));
        }
        return out;
    }

    private static Evaluation verdict(RuleInput in, ConfigurationItem item, AtRest at, boolean requireCmk, List<String> allowed, KmsKeys keys) {
        String what = item.displayName();
        if (at.state() == AtRest.State.NONE) {
            return in.nonCompliant(item, what + " is not encrypted at rest (" + at.how() + "); expected KMS encryption"
                    + (allowed.isEmpty() ? "." : " with one of the allowed keys."));
        }
        if (at.state() == AtRest.State.SERVICE_KEY) {
            if (requireCmk || !allowed.isEmpty()) {
                return in.nonCompliant(item, what + " is encrypted with " + at.how() + ", a key the service owns; expected "
                        + (allowed.isEmpty() ? "a customer-managed KMS key." : "one of the allowed KMS keys."));
            }
            return in.compliant(item, what + " is encrypted at rest with " + at.how() + ".");
        }
        String key = at.keyRef() == null ? "the service's AWS-managed key" : "key " + at.keyRef();
        if (!allowed.isEmpty() && (at.keyRef() == null || !allowed.contains(keys.arnOf(at.keyRef())) && !allowed.contains(at.keyRef()))) {
            return in.nonCompliant(item, what + " is encrypted (" + at.how() + ") with " + key + ", which is not an allowed key; "
                    + "expected one of: " + String.join(", ", allowed) + ".");
        }
        if (requireCmk) {
            KmsKeys.Manager m = keys.managerOf(at.keyRef());
            if (m == KmsKeys.Manager.AWS) {
                return in.nonCompliant(item, what + " is encrypted (" + at.how() + ") with " + key + ", which AWS manages; expected "
                        + "a customer-managed KMS key.");
            }
            if (m == KmsKeys.Manager.UNKNOWN) {
                return in.nonCompliant(item, what + " is encrypted (" + at.how() + ") with " + key + ", which is not among the "
                        + "account's recorded KMS keys, so it cannot be shown to be customer-managed; expected a customer-managed key.");
            }
        }
        return in.compliant(item, what + " is encrypted at rest (" + at.how() + ") with " + key + ".");
    }
}
