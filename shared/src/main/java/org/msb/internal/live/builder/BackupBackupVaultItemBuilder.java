package org.msb.internal.live.builder;

import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupVaultListMember;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::Backup::BackupVault} items from ListBackupVaults (+ ListTags), in the CloudFormation-style shape
 * Config records (resource schema): resource id and name the vault name; configuration BackupVaultName,
 * BackupVaultArn, EncryptionKeyArn. Config does not record the Vault Lock; the rule reads it as a fact.
 */
public final class BackupBackupVaultItemBuilder implements ItemBuilder {

    @Override public String describe() { return "backup:ListBackupVaults, backup:ListTags"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        BackupClient backup = ctx.clients().regional(BackupClient.class, BackupClient::builder);
        List<BackupVaultListMember> vaults = AwsCall.read("Backup", "ListBackupVaults", "backup:ListBackupVaults",
                () -> backup.listBackupVaultsPaginator(r -> r.maxResults(1000)).backupVaultList().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(vaults.size());
        for (BackupVaultListMember v : vaults) {
            Map<String, String> tags = AwsCall.readOptional("Backup", "ListTags", "backup:ListTags", Set.of("ResourceNotFoundException"),
                    () -> backup.listTagsPaginator(r -> r.resourceArn(v.backupVaultArn())).stream()
                            .flatMap(p -> p.tags().entrySet().stream())
                            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)));
            if (tags == null) continue;  // deleted since it was listed
            out.add(new ItemDraft(ctx, "AWS::Backup::BackupVault", v.backupVaultName())
                    .name(v.backupVaultName())
                    .arn(v.backupVaultArn())
                    .availabilityZone("Regional")
                    .created(v.creationDate())
                    .configuration(ItemDraft.object("BackupVaultName", v.backupVaultName(), "BackupVaultArn", v.backupVaultArn(),
                            "EncryptionKeyArn", v.encryptionKeyArn()))
                    .tags(tags)
                    .build());
        }
        return out;
    }
}
