package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.BackupVaultLock;
import org.msb.fact.BackupVaultLocks;
import org.msb.fact.DpFacts;
import org.msb.fact.InstanceUserDataScan;
import org.msb.fact.LambdaEnvironmentScan;
import org.msb.fact.LambdaFunctionScan;
import org.msb.fact.PublicImages;
import org.msb.fact.PublicSnapshots;
import org.msb.fact.UserDataScan;
import org.msb.internal.live.LiveAccountView;
import org.msb.internal.world.WorldWriter;
import org.msb.model.secrets.SecretFinding;
import org.msb.model.secrets.SecretFindings;
import org.msb.model.secrets.SecretNames;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.LaunchPermission;
import software.amazon.awssdk.services.ec2.model.OperationType;
import software.amazon.awssdk.services.ec2.model.PermissionGroup;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/** The DP facts' loaders against the moto server, loaded by name through a live view as the rules read them. */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class DpFactLoadersMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    static final String DB_PASSWORD = "Xk9#mP2vLq8!zR4w";
    static final String ACCESS_KEY = "AKIAQYLPMN5HHHFPZAM2";

    private LiveAccountView view() { return new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID); }

    private Ec2Client ec2() { return MOTO.clients().regional(Ec2Client.class, Ec2Client::builder); }

    @Test
    void ebsEncryptionByDefault_followsTheRegionSetting() {
        assertFalse(view().fact(DpFacts.EBS_ENCRYPTION_BY_DEFAULT).enabled());
        ec2().enableEbsEncryptionByDefault(r -> {});
        assertTrue(view().fact(DpFacts.EBS_ENCRYPTION_BY_DEFAULT).enabled());
    }

    @Test
    void backupVaultLocks_reportLockAndRetentionPerVault() {
        BackupClient backup = MOTO.clients().regional(BackupClient.class, BackupClient::builder);
        backup.createBackupVault(r -> r.backupVaultName("prod-locked"));
        backup.putBackupVaultLockConfiguration(r -> r.backupVaultName("prod-locked").minRetentionDays(35L).maxRetentionDays(365L)
                .changeableForDays(3L));
        backup.createBackupVault(r -> r.backupVaultName("dev-open"));

        BackupVaultLocks locks = view().fact(DpFacts.BACKUP_VAULT_LOCKS);

        BackupVaultLock locked = locks.vault("prod-locked").orElseThrow();
        assertTrue(locked.locked());
        assertEquals(35L, locked.minRetentionDays());
        assertEquals(365L, locked.maxRetentionDays());
        assertNotNull(locked.lockDate(), "the end of the cooling-off period");
        assertEquals("arn:aws:backup:us-east-1:" + MotoServer.ACCOUNT_ID + ":backup-vault:prod-locked", locked.arn());
        BackupVaultLock open = locks.vault("dev-open").orElseThrow();
        assertFalse(open.locked());
        assertNull(open.minRetentionDays());
    }

    @Test
    void publicSnapshots_onlyTheAccountsOwnThatEveryoneCanRestore() {
        String vol = ec2().createVolume(r -> r.availabilityZone("us-east-1a").size(8)).volumeId();
        String shared = ec2().createSnapshot(r -> r.volumeId(vol).description("shared")).snapshotId();
        String kept = ec2().createSnapshot(r -> r.volumeId(vol).description("kept")).snapshotId();
        ec2().modifySnapshotAttribute(r -> r.snapshotId(shared).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                .operationType(OperationType.ADD).groupNames("all"));
        ec2().modifySnapshotAttribute(r -> r.snapshotId(kept).attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)
                .operationType(OperationType.ADD).userIds("444455556666"));

        PublicSnapshots p = view().fact(DpFacts.PUBLIC_SNAPSHOTS);

        // moto ignores the owner and restorable-by filters and lists its own sample snapshots too
        assertEquals(List.of(shared), p.snapshots().stream().map(s -> s.snapshotId()).toList());
        assertEquals(vol, p.snapshots().get(0).volumeId());
    }

    @Test
    void publicImages_listsOwnPublicAmis() {
        String instance = ec2().runInstances(r -> r.imageId("ami-12c6146b").minCount(1).maxCount(1)).instances().get(0).instanceId();
        String open = ec2().createImage(r -> r.instanceId(instance).name("golden-open")).imageId();
        ec2().createImage(r -> r.instanceId(instance).name("golden-private"));
        ec2().modifyImageAttribute(r -> r.imageId(open).launchPermission(l -> l.add(LaunchPermission.builder().group(PermissionGroup.ALL).build())));

        PublicImages p = view().fact(DpFacts.PUBLIC_IMAGES);

        assertEquals(List.of(open), p.images().stream().map(i -> i.imageId()).toList());
        assertEquals("golden-open", p.images().get(0).name());
    }

    @Test
    void lambdaEnvironmentSecrets_keepNamesAndKindsNeverValues() throws IOException {
        IamClient iam = MOTO.clients().global(IamClient.class, IamClient::builder);
        String role = iam.createRole(r -> r.roleName("fn-role").assumeRolePolicyDocument("{}")).role().arn();
        LambdaClient lambda = MOTO.clients().regional(LambdaClient.class, LambdaClient::builder);
        SdkBytes code = SdkBytes.fromByteArray(zip("index.py", "def handler(event, context):\n    return 1\n"));
        lambda.createFunction(r -> r.functionName("orders-api").runtime(Runtime.PYTHON3_12).role(role).handler("index.handler")
                .code(c -> c.zipFile(code)).environment(e -> e.variables(Map.of(
                        "DB_PASSWORD", DB_PASSWORD, "AWS_ACCESS_KEY_ID", ACCESS_KEY, "LOG_LEVEL", "INFO",
                        "API_KEY", "arn:aws:secretsmanager:us-east-1:123456789012:secret:orders/api-AbCdEf"))));
        lambda.createFunction(r -> r.functionName("plain").runtime(Runtime.PYTHON3_12).role(role).handler("index.handler")
                .code(c -> c.zipFile(code)));

        LambdaEnvironmentScan scan = view().fact(DpFacts.LAMBDA_ENVIRONMENT_SECRETS);

        LambdaFunctionScan orders = scan.function("orders-api").orElseThrow();
        assertEquals(4, orders.variableCount());
        List<String> findings = SecretFindings.of(orders.candidates(), SecretNames.builtIn()).stream().map(SecretFinding::toString).sorted().toList();
        assertEquals(List.of("AWS_ACCESS_KEY_ID: an AWS access key id", "DB_PASSWORD: a credential-like value under a secret-like name"), findings);
        assertEquals(0, scan.function("plain").orElseThrow().variableCount());
        String json = WorldWriter.fact(scan).toString();
        assertFalse(json.contains(DB_PASSWORD) || json.contains(ACCESS_KEY), "the fact as a world file holds it: " + json);
    }

    @Test
    void userDataSecrets_readPlainAndGzippedScriptsWithoutValues() throws IOException {
        String script = "#!/bin/bash\nexport DB_PASSWORD='" + DB_PASSWORD + "'\nexport AWS_ACCESS_KEY_ID=" + ACCESS_KEY + "\nyum -y update\n";
        String plain = ec2().runInstances(r -> r.imageId("ami-12c6146b").minCount(1).maxCount(1)
                .userData(Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_8)))).instances().get(0).instanceId();
        String compressed = Base64.getEncoder().encodeToString(gzip(script));
        String gzipped = ec2().runInstances(r -> r.imageId("ami-12c6146b").minCount(1).maxCount(1)
                .userData(compressed)).instances().get(0).instanceId();
        String none = ec2().runInstances(r -> r.imageId("ami-12c6146b").minCount(1).maxCount(1)).instances().get(0).instanceId();

        UserDataScan scan = view().fact(DpFacts.USER_DATA_SECRETS);

        for (String id : List.of(plain, gzipped)) {
            InstanceUserDataScan i = scan.instance(id).orElseThrow();
            assertTrue(i.hasUserData());
            assertEquals(List.of("line 2 (DB_PASSWORD): a credential-like value under a secret-like name",
                            "line 3 (AWS_ACCESS_KEY_ID): an AWS access key id"),
                    SecretFindings.of(i.candidates(), SecretNames.builtIn()).stream().map(SecretFinding::toString).toList(), id);
        }
        assertFalse(scan.instance(none).orElseThrow().hasUserData());
        String json = WorldWriter.fact(scan).toString();
        assertFalse(json.contains(DB_PASSWORD) || json.contains(ACCESS_KEY), json);
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] gzip(String s) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
