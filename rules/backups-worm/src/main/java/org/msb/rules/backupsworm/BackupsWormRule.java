package org.msb.rules.backupsworm;

import org.msb.error.FactUnavailableException;
import org.msb.fact.BackupVaultLock;
import org.msb.fact.BackupVaultLocks;
import org.msb.fact.DpFacts;
import org.msb.fact.FactTime;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * DP-3: backups are kept where nobody can delete them early (WORM). Every AWS Backup vault has Vault Lock in
 * compliance mode (locked, its cooling-off period over, so not even root can remove it) with at least
 * {@code minRetentionDays} minimum retention; every bucket that holds backups (tagged {@code backupBucketTag})
 * has S3 Object Lock with a COMPLIANCE-mode default retention of at least that long. Config does not record the
 * vault lock: it is the fact backup.vaultLocks. Exceeds S3_BUCKET_DEFAULT_LOCK_ENABLED (any mode, no duration)
 * and BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED (a policy, which an administrator can change).
 * <pre>
 * Scenario 1: Given a vault locked in compliance mode with 35 days minimum retention   Then COMPLIANT
 * Scenario 2: Given a vault without Vault Lock                                        Then NON_COMPLIANT
 * Scenario 3: Given a vault in governance mode (no lock date) or still cooling off    Then NON_COMPLIANT naming when it locks
 * Scenario 4: Given a locked vault whose minimum retention is 1 day (minimum 7)       Then NON_COMPLIANT
 * Scenario 5: Given a logically air-gapped vault                                      Then COMPLIANT (locked by design)
 * Scenario 6: Given a backup bucket with Object Lock COMPLIANCE, 30 days default      Then COMPLIANT
 * Scenario 7: Given a backup bucket with GOVERNANCE mode, or no Object Lock           Then NON_COMPLIANT
 * Scenario 8: Given a bucket that is not tagged as holding backups                    Then NOT_APPLICABLE
 * Scenario 9: Given a vault missing from the fact (created after it was read)         Then the fact is unavailable (no verdict)
 * </pre>
 */
public final class BackupsWormRule implements Rule {
    static final String VAULT = "AWS::Backup::BackupVault";
    static final String BUCKET = "AWS::S3::Bucket";
    static final String MIN_RETENTION = "minRetentionDays";
    static final String BUCKET_TAG = "backupBucketTag";
    static final String AIR_GAPPED = "LOGICALLY_AIR_GAPPED_BACKUP_VAULT";

    static final RuleSpec SPEC = RuleSpec.builder("backups-worm", "DP-3")
            .title("Backups are stored write-once (WORM)")
            .baseline("Backups are restored in secure non-deletable locations (WORM)")
            .description("Backup vaults have Vault Lock in compliance mode and backup buckets have Object Lock in COMPLIANCE mode, "
                    + "both with a minimum retention.")
            .severity(Severity.HIGH)
            .onChange(VAULT, BUCKET).periodic().cleanUpStale()
            .reads(DpFacts.BACKUP_VAULT_LOCKS)
            .param(ParameterSpec.integer(MIN_RETENTION, 7, 1, 36500, "Least minimum retention, in days, of a vault lock and of a "
                    + "backup bucket's default Object Lock retention"))
            .param(ParameterSpec.string(BUCKET_TAG, "backup", "Tag that marks a bucket holding backups: KEY (any value but "
                    + "\"false\") or KEY=VALUE").matching("[\\p{L}\\p{N}\\s_.:/+@-]{1,128}(=[\\p{L}\\p{N}\\s_.:/=+@-]{0,256})?",
                    "a tag key, or KEY=VALUE"))
            .remediation("Vaults: aws backup put-backup-vault-lock-configuration --backup-vault-name NAME --min-retention-days N "
                    + "--changeable-for-days 3 (compliance mode once the 3 days pass); or use a logically air-gapped vault. Buckets: "
                    + "create them with Object Lock and set a default retention: aws s3api put-object-lock-configuration "
                    + "--object-lock-configuration 'ObjectLockEnabled=Enabled,Rule={DefaultRetention={Mode=COMPLIANCE,Days=N}}'.")
            .managedRule("S3_BUCKET_DEFAULT_LOCK_ENABLED", "BACKUP_RECOVERY_POINT_MANUAL_DELETION_DISABLED")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        int min = in.params().intValue(MIN_RETENTION);
        List<Evaluation> out = new ArrayList<>();
        List<ConfigurationItem> vaults = in.subjects(VAULT);
        if (!vaults.isEmpty()) {
            BackupVaultLocks locks = in.fact(DpFacts.BACKUP_VAULT_LOCKS);
            for (ConfigurationItem v : vaults) out.add(vault(in, v, locks, min));
        }
        BackupBucketTag tag = BackupBucketTag.parse(in.params().string(BUCKET_TAG));
        for (ConfigurationItem b : in.subjects(BUCKET)) out.add(bucket(in, b, tag, min));
        return out;
    }

    private static Evaluation vault(RuleInput in, ConfigurationItem v, BackupVaultLocks locks, int min) {
        String name = v.property("BackupVaultName").text(v.resourceId());
        BackupVaultLock lock = locks.vault(name).or(() -> locks.vault(v.resourceId()))
                .orElseThrow(() -> new FactUnavailableException(DpFacts.BACKUP_VAULT_LOCKS.name(),
                        "it has no entry for backup vault " + name + " (created after the fact was read?)"));
        if (AIR_GAPPED.equals(lock.vaultType())) {
            return retention(in, v, "Logically air-gapped vault, locked in compliance mode by design", lock, min);
        }
        if (!lock.locked()) {
            return in.nonCompliant(v, "Backup vault " + name + " has no Vault Lock, so recovery points can be deleted; expected a "
                    + "compliance-mode lock with at least " + min + " days minimum retention.");
        }
        if (lock.lockDate() == null) {
            return in.nonCompliant(v, "Vault Lock on " + name + " is in governance mode (no lock date), so privileged users can "
                    + "remove it; expected compliance mode.");
        }
        Instant lockDate = FactTime.parse(DpFacts.BACKUP_VAULT_LOCKS, "lockDate", lock.lockDate());
        if (lockDate.isAfter(in.now())) {
            return in.nonCompliant(v, "Vault Lock on " + name + " is still in its cooling-off period and can be removed until "
                    + lockDate.atZone(ZoneOffset.UTC).toLocalDate() + "; expected a lock in compliance mode.");
        }
        return retention(in, v, "Vault Lock in compliance mode since " + lockDate.atZone(ZoneOffset.UTC).toLocalDate(), lock, min);
    }

    private static Evaluation retention(RuleInput in, ConfigurationItem v, String what, BackupVaultLock lock, int min) {
        Long days = lock.minRetentionDays();
        if (days == null || days < min) {
            return in.nonCompliant(v, what + ", but minimum retention is " + (days == null ? "not set" : days + " days")
                    + "; expected at least " + min + " days.");
        }
        return in.compliant(v, what + ", minimum retention " + days + " days.");
    }

    private static Evaluation bucket(RuleInput in, ConfigurationItem b, BackupBucketTag tag, int min) {
        if (!tag.marks(b.tags())) return in.notApplicable(b, "Not a backup bucket (no " + tag + " tag).");
        Node lock = b.supplementary("ObjectLockConfiguration");
        if (!"Enabled".equals(lock.get("objectLockEnabled").text())) {
            return in.nonCompliant(b, "Backup bucket without S3 Object Lock; expected Object Lock with a COMPLIANCE-mode default "
                    + "retention of at least " + min + " days (Object Lock can be enabled on existing buckets).");
        }
        Node retention = lock.get("rule").get("defaultRetention");
        String mode = retention.get("mode").text();
        long days = retention.get("days").number() != null ? retention.get("days").number()
                : retention.get("years").number() != null ? retention.get("years").number() * 365 : 0;
        if (!"COMPLIANCE".equals(mode)) {
            return in.nonCompliant(b, "Object Lock default retention is " + (mode == null ? "not set" : mode + " mode, which privileged "
                    + "users can bypass") + "; expected COMPLIANCE mode for at least " + min + " days.");
        }
        if (days < min) {
            return in.nonCompliant(b, "Object Lock COMPLIANCE default retention is " + days + " days; expected at least " + min + ".");
        }
        return in.compliant(b, "Object Lock in COMPLIANCE mode, default retention " + days + " days.");
    }
}
