package org.msb.fact.loader;

import org.msb.fact.BackupVaultLock;
import org.msb.fact.BackupVaultLocks;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;

import java.util.List;

/**
 * {@code backup.vaultLocks}: backup:ListBackupVaults, whose entries carry the lock state (Locked,
 * MinRetentionDays, MaxRetentionDays, LockDate), so one paginated call serves every vault.
 */
public final class BackupVaultLocksLoader implements FactLoader<BackupVaultLocks> {
    @Override
    public BackupVaultLocks load(AwsClients clients) {
        BackupClient backup = clients.regional(BackupClient.class, BackupClient::builder);
        List<BackupVaultListMember> vaults = AwsCall.read("Backup", "ListBackupVaults", "backup:ListBackupVaults",
                () -> backup.listBackupVaultsPaginator(r -> r.maxResults(1000)).backupVaultList().stream().toList());
        return new BackupVaultLocks(vaults.stream().map(v -> new BackupVaultLock(v.backupVaultName(), v.backupVaultArn(),
                v.vaultTypeAsString(), Boolean.TRUE.equals(v.locked()), v.minRetentionDays(), v.maxRetentionDays(),
                v.lockDate() == null ? null : v.lockDate().toString())).toList());
    }
}
