package org.msb.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.internal.live.S3ControlClients;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.sns.SnsClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.msb.cli.ScanJson.annotation;
import static org.msb.cli.ScanJson.verdicts;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The DP rules through {@code msb scan --live} and {@code msb capture --live} against the moto server: an account
 * seeded with a weakness (and, where moto can express it, a strength) for every rule; then the capture is
 * checked to hold no secret the scan found, and to give the same verdicts offline.
 */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
@ExtendWith(DummyAwsCredentials.class)
class LiveScanDpMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    @TempDir Path dir;

    static final String ACCOUNT = MotoServer.ACCOUNT_ID;
    static final String DB_PASSWORD = "Xk9#mP2vLq8!zR4w";
    static final String ACCESS_KEY = "AKIAQYLPMN5HHHFPZAM2";
    static final String GITHUB_TOKEN = "ghp_R7tY2uI9oP4aS6dF1gH3jK8lZ0xC5vB2nM7q";


    String volumePlain, volumeEncrypted, keyNoRotation, instance, listenerHttp, importedCert, dbResourceId;

    private static <C extends software.amazon.awssdk.core.SdkClient, B extends software.amazon.awssdk.awscore.client.builder.AwsClientBuilder<B, C>
            & software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder<B, C>> C client(Class<C> type, java.util.function.Supplier<B> b) {
        return MOTO.clients().regional(type, b);
    }

    @BeforeEach
    void seed() throws IOException {
        // S3: a public-read bucket (DP-7), a TLS-only KMS-encrypted bucket (DP-1, DP-2); account BPA that leaves policies open (DP-6)
        S3Client s3 = MOTO.clients().s3();
        s3.createBucket(r -> r.bucket("dp-live-public"));
        s3.putBucketPolicy(r -> r.bucket("dp-live-public").policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"PublicRead\","
                + "\"Effect\":\"Allow\",\"Principal\":\"*\",\"Action\":\"s3:GetObject\",\"Resource\":\"arn:aws:s3:::dp-live-public/*\"}]}"));
        s3.createBucket(r -> r.bucket("dp-live-private"));
        s3.putBucketPolicy(r -> r.bucket("dp-live-private").policy("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"TlsOnly\","
                + "\"Effect\":\"Deny\",\"Principal\":\"*\",\"Action\":\"s3:*\",\"Resource\":[\"arn:aws:s3:::dp-live-private\","
                + "\"arn:aws:s3:::dp-live-private/*\"],\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"false\"}}}]}"));
        s3.putBucketEncryption(r -> r.bucket("dp-live-private").serverSideEncryptionConfiguration(c -> c.rules(
                rule -> rule.applyServerSideEncryptionByDefault(d -> d.sseAlgorithm(ServerSideEncryption.AWS_KMS)))));
        S3ControlClients.of(MOTO.clients()).putPublicAccessBlock(r -> r.accountId(ACCOUNT).publicAccessBlockConfiguration(c -> c
                .blockPublicAcls(true).ignorePublicAcls(true).blockPublicPolicy(false).restrictPublicBuckets(false)));

        // DP-1: volumes, a customer key without rotation, an unencrypted topic
        Ec2Client ec2 = client(Ec2Client.class, Ec2Client::builder);
        volumePlain = ec2.createVolume(r -> r.availabilityZone("us-east-1a").size(8)).volumeId();
        volumeEncrypted = ec2.createVolume(r -> r.availabilityZone("us-east-1a").size(8).encrypted(true)).volumeId();
        keyNoRotation = client(KmsClient.class, KmsClient::builder).createKey(r -> r.description("dp-live")).keyMetadata().keyId();
        client(SnsClient.class, SnsClient::builder).createTopic(r -> r.name("dp-live-events"));

        // DP-2: an HTTP listener that forwards
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.40.0.0/16")).vpc().vpcId();
        String a = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.40.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
        String b = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.40.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
        ElasticLoadBalancingV2Client elb = client(ElasticLoadBalancingV2Client.class, ElasticLoadBalancingV2Client::builder);
        String lb = elb.createLoadBalancer(r -> r.name("dp-live").subnets(a, b)).loadBalancers().get(0).loadBalancerArn();
        String tg = elb.createTargetGroup(r -> r.name("dp-live").protocol(ProtocolEnum.HTTP).port(80).vpcId(vpc)).targetGroups().get(0).targetGroupArn();
        listenerHttp = elb.createListener(r -> r.loadBalancerArn(lb).protocol(ProtocolEnum.HTTP).port(80)
                .defaultActions(x -> x.type("forward").targetGroupArn(tg))).listeners().get(0).listenerArn();

        // DP-3: a vault without Vault Lock
        client(BackupClient.class, BackupClient::builder).createBackupVault(r -> r.backupVaultName("dp-live-vault"));

        // DP-4: an imported certificate that expires within 60 days
        importedCert = client(AcmClient.class, AcmClient::builder).importCertificate(r -> r
                .certificate(SdkBytes.fromByteArray(resource("imported-cert.pem")))
                .privateKey(SdkBytes.fromByteArray(resource("imported-key.pem")))).certificateArn();

        // DP-5: a public database and a public snapshot of it
        RdsClient rds = client(RdsClient.class, RdsClient::builder);
        dbResourceId = rds.createDBInstance(r -> r.dbInstanceIdentifier("dp-live-db").dbInstanceClass("db.t3.micro").engine("postgres")
                .masterUsername("app").masterUserPassword("not-a-real-one-1").allocatedStorage(20).publiclyAccessible(true))
                .dbInstance().dbiResourceId();
        rds.createDBSnapshot(r -> r.dbSnapshotIdentifier("dp-live-db-manual").dbInstanceIdentifier("dp-live-db"));
        rds.modifyDBSnapshotAttribute(r -> r.dbSnapshotIdentifier("dp-live-db-manual").attributeName("restore").valuesToAdd("all"));

        // DP-8: secrets in a Lambda environment, in user data and in an ECS task environment; a secret that never rotates
        String role = MOTO.clients().global(IamClient.class, IamClient::builder)
                .createRole(r -> r.roleName("dp-live-fn").assumeRolePolicyDocument("{}")).role().arn();
        SdkBytes code = SdkBytes.fromByteArray(zip());
        LambdaClient lambda = client(LambdaClient.class, LambdaClient::builder);
        lambda.createFunction(r -> r.functionName("dp-live-leaky").runtime(Runtime.PYTHON3_12).role(role).handler("index.handler")
                .code(c -> c.zipFile(code)).environment(e -> e.variables(Map.of("DB_PASSWORD", DB_PASSWORD, "AWS_ACCESS_KEY_ID", ACCESS_KEY))));
        lambda.createFunction(r -> r.functionName("dp-live-clean").runtime(Runtime.PYTHON3_12).role(role).handler("index.handler")
                .code(c -> c.zipFile(code)).environment(e -> e.variables(Map.of(
                        "DB_PASSWORD", "arn:aws:secretsmanager:us-east-1:" + ACCOUNT + ":secret:app/db-AbCdEf"))));
        String userData = Base64.getEncoder().encodeToString(("#!/bin/bash\nexport DB_PASSWORD='" + DB_PASSWORD + "'\n").getBytes(StandardCharsets.UTF_8));
        instance = ec2.runInstances(r -> r.imageId("ami-12c6146b").minCount(1).maxCount(1).userData(userData)).instances().get(0).instanceId();
        client(EcsClient.class, EcsClient::builder).registerTaskDefinition(r -> r.family("dp-live-task").containerDefinitions(c -> c.name("app")
                .image("nginx").memory(256).environment(e -> e.name("GITHUB_TOKEN").value(GITHUB_TOKEN))));
        client(SecretsManagerClient.class, SecretsManagerClient::builder).createSecret(r -> r.name("dp-live/db").secretString(DB_PASSWORD));
    }

    @Test
    void scanLive_findsEveryDpWeakness() {
        CliRun run = CliRun.of("scan", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1", "--format", "json");
        assertEquals(ExitCodes.NON_COMPLIANT, run.exitCode(), run.err() + run.out());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        Map<String, String> v = verdicts(root);

        assertEquals("NON_COMPLIANT", v.get("encryption-at-rest " + volumePlain));
        assertEquals("COMPLIANT", v.get("encryption-at-rest " + volumeEncrypted));
        assertEquals("NON_COMPLIANT", v.get("encryption-at-rest " + keyNoRotation));
        assertEquals("NON_COMPLIANT", v.get("encryption-at-rest arn:aws:sns:us-east-1:" + ACCOUNT + ":dp-live-events"));
        assertEquals("NON_COMPLIANT", v.get("encryption-at-rest " + dbResourceId), "created without storage encryption");
        assertEquals("NON_COMPLIANT", v.get("encryption-at-rest " + ACCOUNT), "EBS encryption by default is off");

        assertEquals("COMPLIANT", v.get("encryption-in-transit dp-live-private"));
        assertEquals("NON_COMPLIANT", v.get("encryption-in-transit dp-live-public"));
        assertEquals("NON_COMPLIANT", v.get("encryption-in-transit " + listenerHttp));

        assertEquals("NON_COMPLIANT", v.get("backups-worm dp-live-vault"));
        assertEquals("NOT_APPLICABLE", v.get("backups-worm dp-live-public"));

        assertEquals("NON_COMPLIANT", v.get("certificate-renewal " + importedCert));

        assertEquals("INSUFFICIENT_DATA", v.get("resources-private " + ACCOUNT),
                "moto does not serve the block-public-access reads: no verdict, not an error, not a pass");
        assertTrue(annotation(root, "resources-private", ACCOUNT).contains("GetSnapshotBlockPublicAccessState"));

        assertEquals("NON_COMPLIANT", v.get("s3-account-public-access-block " + ACCOUNT));
        assertTrue(annotation(root, "s3-account-public-access-block", ACCOUNT).contains("blockPublicPolicy, restrictPublicBuckets off"));

        assertEquals("NON_COMPLIANT", v.get("s3-public-bucket-approved dp-live-public"));
        assertEquals("COMPLIANT", v.get("s3-public-bucket-approved dp-live-private"));

        assertEquals("NON_COMPLIANT", v.get("no-hardcoded-secrets dp-live-leaky"));
        assertEquals("COMPLIANT", v.get("no-hardcoded-secrets dp-live-clean"));
        assertEquals("NON_COMPLIANT", v.get("no-hardcoded-secrets " + instance));
        assertEquals("NON_COMPLIANT", v.get("no-hardcoded-secrets dp-live-task"));
        String leaky = annotation(root, "no-hardcoded-secrets", "dp-live-leaky");
        assertTrue(leaky.contains("AWS_ACCESS_KEY_ID: an AWS access key id"), leaky);
        assertNoSecret(run.out() + run.err());
    }

    /** DP-5's periodic run needs reads moto lacks; its configuration-change path reads only the item, as in Lambda. */
    @Test
    void resourcesPrivate_onConfigurationChange_judgesTheLiveRdsItems() {
        org.msb.rule.Rule rule = java.util.ServiceLoader.load(org.msb.rule.Rule.class).stream().map(java.util.ServiceLoader.Provider::get)
                .filter(r -> r.spec().id().equals("resources-private")).findFirst().orElseThrow();
        var view = new org.msb.internal.live.LiveAccountView(MOTO.clients(), ACCOUNT);
        var ctx = new org.msb.engine.RuleRunner.Context(view, org.msb.register.ExceptionRegister.empty(), java.time.Instant.now(),
                org.msb.engine.ParameterValidator.validate(rule.spec(), Map.of()));
        var runner = new org.msb.engine.RuleRunner(rule);
        var db = view.item("AWS::RDS::DBInstance", dbResourceId).orElseThrow();
        var snapshot = view.item("AWS::RDS::DBSnapshot", "dp-live-db-manual").orElseThrow();

        assertEquals(org.msb.rule.Compliance.NON_COMPLIANT, runner.change(db, false, java.time.Instant.now(), ctx).get(0).compliance());
        var snap = runner.change(snapshot, false, java.time.Instant.now(), ctx).get(0);
        assertEquals(org.msb.rule.Compliance.NON_COMPLIANT, snap.compliance());
        assertTrue(snap.evaluation().annotation().contains("restore=all"), snap.evaluation().annotation());
    }

    @Test
    void captureLive_holdsNoSecret_andScansTheSameOffline() throws IOException {
        Path world = dir.resolve("dp-world.json.gz");
        CliRun capture = CliRun.of("capture", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1",
                "-o", world.toString());
        assertTrue(capture.exitCode() == ExitCodes.OK || capture.exitCode() == ExitCodes.INCOMPLETE, capture.err());
        String text;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(world))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(text.contains("dp-live-leaky") && text.contains("dp-live-task"), "the capture holds the function and the task definition");
        assertTrue(text.contains("msb-redacted:GITHUB_TOKEN"), "the task's secret is kept as its kind");
        assertNoSecret(text + capture.err() + capture.out());

        CliRun live = CliRun.of("scan", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1",
                "--format", "json", "--exit-zero");
        CliRun offline = CliRun.of("scan", "--world", world.toString(), "--format", "json", "--exit-zero");
        assertEquals(ExitCodes.OK, offline.exitCode(), offline.err());
        Map<String, String> liveVerdicts = verdicts(JsonParser.parseString(live.out()).getAsJsonObject());
        Map<String, String> offlineVerdicts = verdicts(JsonParser.parseString(offline.out()).getAsJsonObject());
        for (String rule : List.of("encryption-at-rest", "encryption-in-transit", "backups-worm", "certificate-renewal", "resources-private",
                "s3-account-public-access-block", "s3-public-bucket-approved", "no-hardcoded-secrets")) {
            assertEquals(only(liveVerdicts, rule), only(offlineVerdicts, rule), rule);
            assertFalse(only(liveVerdicts, rule).isEmpty(), rule + " evaluated something");
        }
        assertNoSecret(offline.out());
    }

    private static void assertNoSecret(String text) {
        for (String secret : List.of(DB_PASSWORD, ACCESS_KEY, GITHUB_TOKEN)) assertFalse(text.contains(secret), "leaked " + secret.substring(0, 4) + "...");
    }

    private static Map<String, String> only(Map<String, String> verdicts, String rule) {
        Map<String, String> out = new HashMap<>();
        verdicts.forEach((k, val) -> { if (k.startsWith(rule + " ")) out.put(k, val); });
        return out;
    }



    private static byte[] resource(String name) {
        try (InputStream in = LiveScanDpMotoTest.class.getResourceAsStream("/live-dp/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("index.py"));
            z.write("def handler(e, c):\n    return 1\n".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
