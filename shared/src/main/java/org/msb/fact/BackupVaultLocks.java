package org.msb.fact;

import java.util.List;
import java.util.Optional;

/** The Vault Lock state of every backup vault in one region (backup:ListBackupVaults). */
public record BackupVaultLocks(List<BackupVaultLock> vaults) {
    public BackupVaultLocks {
        vaults = vaults == null ? List.of() : List.copyOf(vaults);
    }

    /** The vault with this name or ARN. */
    public Optional<BackupVaultLock> vault(String nameOrArn) {
        return vaults.stream().filter(v -> nameOrArn.equals(v.name()) || nameOrArn.equals(v.arn())).findFirst();
    }
}
