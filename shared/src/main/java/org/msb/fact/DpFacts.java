package org.msb.fact;

import java.util.List;

/** Facts read by the Data Protection (DP) rules. */
public final class DpFacts {
    private DpFacts() {}

    private static final String LOADERS = "org.msb.fact.loader.";

    public static final Fact<EbsEncryptionByDefault> EBS_ENCRYPTION_BY_DEFAULT = new Fact<>(
            "ec2.ebsEncryptionByDefault", EbsEncryptionByDefault.class,
            List.of("ec2:GetEbsEncryptionByDefault"),
            LOADERS + "EbsEncryptionByDefaultLoader", true,
            "Whether new EBS volumes in the region are encrypted by default (ec2:GetEbsEncryptionByDefault).");

    public static final Fact<BackupVaultLocks> BACKUP_VAULT_LOCKS = new Fact<>(
            "backup.vaultLocks", BackupVaultLocks.class,
            List.of("backup:ListBackupVaults"),
            LOADERS + "BackupVaultLocksLoader", true,
            "Vault Lock state of every backup vault in the region: locked, minimum and maximum retention, lock date.");

    public static final Fact<PublicSnapshots> PUBLIC_SNAPSHOTS = new Fact<>(
            "ec2.publicSnapshots", PublicSnapshots.class,
            List.of("ec2:DescribeSnapshots", "ec2:DescribeSnapshotAttribute", "sts:GetCallerIdentity"),
            LOADERS + "PublicSnapshotsLoader", true,
            "EBS snapshots owned by the account that everyone can restore (createVolumePermission group all).");

    public static final Fact<PublicImages> PUBLIC_IMAGES = new Fact<>(
            "ec2.publicImages", PublicImages.class,
            List.of("ec2:DescribeImages"),
            LOADERS + "PublicImagesLoader", true,
            "AMIs owned by the account that are public.");

    public static final Fact<SharingBlockPublicAccess> SHARING_BLOCK_PUBLIC_ACCESS = new Fact<>(
            "ec2.sharingBlockPublicAccess", SharingBlockPublicAccess.class,
            List.of("ec2:GetSnapshotBlockPublicAccessState", "ec2:GetImageBlockPublicAccessState"),
            LOADERS + "SharingBlockPublicAccessLoader", true,
            "Block public access for EBS snapshots and for AMIs in the region.");

    public static final Fact<LambdaEnvironmentScan> LAMBDA_ENVIRONMENT_SECRETS = new Fact<>(
            "lambda.environmentSecrets", LambdaEnvironmentScan.class,
            List.of("lambda:ListFunctions"),
            LOADERS + "LambdaEnvironmentSecretsLoader", true,
            "Each Lambda function's environment variables scanned for secrets: names and kinds only, never values.");

    public static final Fact<UserDataScan> USER_DATA_SECRETS = new Fact<>(
            "ec2.userDataSecrets", UserDataScan.class,
            List.of("ec2:DescribeInstances", "ec2:DescribeInstanceAttribute"),
            LOADERS + "UserDataSecretsLoader", true,
            "Each EC2 instance's user data scanned for secrets: lines, names and kinds only, never values.");

    /** Every fact of this holder. */
    public static List<Fact<?>> all() {
        return List.of(EBS_ENCRYPTION_BY_DEFAULT, BACKUP_VAULT_LOCKS, PUBLIC_SNAPSHOTS, PUBLIC_IMAGES,
                SHARING_BLOCK_PUBLIC_ACCESS, LAMBDA_ENVIRONMENT_SECRETS, USER_DATA_SECRETS);
    }
}
