package org.msb.fact;

/**
 * One backup vault's AWS Backup Vault Lock, as ListBackupVaults reports it. A lock is in compliance mode
 * (nobody, root included, can remove it or shorten retention) once its {@code lockDate} has passed; before
 * that it is still in its cooling-off (governance) period. Dates are ISO-8601 text, null when absent.
 *
 * @param vaultType BACKUP_VAULT, LOGICALLY_AIR_GAPPED_BACKUP_VAULT (locked in compliance mode by design), ...
 */
public record BackupVaultLock(String name, String arn, String vaultType, boolean locked, Long minRetentionDays,
                              Long maxRetentionDays, String lockDate) {}
