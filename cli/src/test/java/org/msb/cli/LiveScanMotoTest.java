package org.msb.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.Owner;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.Type;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.msb.cli.ScanJson.annotation;
import static org.msb.cli.ScanJson.verdicts;
import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code msb scan --live} and {@code msb capture --live} end to end against the moto server: the CLI reads the
 * account through its default credential chain (dummy keys as system properties) and the endpoint override,
 * exactly as a user would point it at an emulator.
 */
@ExtendWith(DummyAwsCredentials.class)
class LiveScanMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    @TempDir Path dir;


    static final String LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery";
    /** The rules this test seeds resources for; each section's rules have their own live test (LiveScanDetMotoTest...). */
    static final String RULES = "password-policy,s3-access-logging,management-ports-closed";
    String vpcId;

    @BeforeEach
    void seed() {
        IamClient iam = MOTO.clients().global(IamClient.class, IamClient::builder);
        iam.updateAccountPasswordPolicy(r -> r.minimumPasswordLength(8).requireSymbols(false).requireNumbers(true)
                .requireUppercaseCharacters(true).requireLowercaseCharacters(true).passwordReusePrevention(5));

        S3Client s3 = MOTO.clients().s3();
        s3.createBucket(r -> r.bucket("msb-live-logs"));
        // S3 (and moto) refuse a logging target that the log-delivery group cannot write to
        Owner owner = s3.getBucketAcl(r -> r.bucket("msb-live-logs")).owner();
        s3.putBucketAcl(r -> r.bucket("msb-live-logs").accessControlPolicy(a -> a.owner(owner).grants(
                Grant.builder().grantee(g -> g.type(Type.CANONICAL_USER).id(owner.id())).permission(Permission.FULL_CONTROL).build(),
                Grant.builder().grantee(g -> g.type(Type.GROUP).uri(LOG_DELIVERY)).permission(Permission.WRITE).build(),
                Grant.builder().grantee(g -> g.type(Type.GROUP).uri(LOG_DELIVERY)).permission(Permission.READ_ACP).build())));
        s3.createBucket(r -> r.bucket("msb-live-app"));
        s3.putBucketLogging(r -> r.bucket("msb-live-app").bucketLoggingStatus(l -> l.loggingEnabled(e -> e
                .targetBucket("msb-live-logs").targetPrefix("app/"))));
        s3.createBucket(r -> r.bucket("msb-live-nolog"));

        Ec2Client ec2 = MOTO.clients().regional(Ec2Client.class, Ec2Client::builder);
        vpcId = ec2.createVpc(r -> r.cidrBlock("10.20.0.0/16")).vpc().vpcId();
        String open = ec2.createSecurityGroup(r -> r.groupName("msb-live-bastion").description("bastion").vpcId(vpcId)).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(open).ipPermissions(p -> p.ipProtocol("tcp").fromPort(22).toPort(22)
                .ipRanges(x -> x.cidrIp("0.0.0.0/0"))));
        String web = ec2.createSecurityGroup(r -> r.groupName("msb-live-web").description("web").vpcId(vpcId)).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(web).ipPermissions(p -> p.ipProtocol("tcp").fromPort(443).toPort(443)
                .ipRanges(x -> x.cidrIp("0.0.0.0/0"))));
    }

    @Test
    void scanLive_reportsTheSeededWeaknesses() {
        CliRun run = CliRun.of("scan", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1",
                "--rules", RULES, "--format", "json");
        assertTrue(run.exitCode() == ExitCodes.NON_COMPLIANT, run.err() + run.out());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(MotoServer.ACCOUNT_ID, root.get("accountId").getAsString());
        Map<String, String> v = verdicts(root);

        assertEquals("NON_COMPLIANT", v.get("password-policy " + MotoServer.ACCOUNT_ID));
        assertEquals("NON_COMPLIANT", v.get("s3-access-logging msb-live-nolog"));
        assertEquals("COMPLIANT", v.get("s3-access-logging msb-live-app"));
        assertEquals("NOT_APPLICABLE", v.get("s3-access-logging msb-live-logs"), "the log target itself");
        assertEquals("NON_COMPLIANT", v.get("management-ports-closed " + groupId("msb-live-bastion")));
        assertEquals("COMPLIANT", v.get("management-ports-closed " + groupId("msb-live-web")));
        assertEquals(0, root.getAsJsonArray("errors").size(), run.out());
        String annotation = annotation(root, "password-policy", MotoServer.ACCOUNT_ID);
        assertTrue(annotation.contains("minimum length 8"), annotation);
    }

    @Test
    void captureLive_thenScanOffline_givesTheSameVerdicts() throws Exception {
        Path world = dir.resolve("world.json.gz");
        CliRun capture = CliRun.of("capture", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1",
                "--rules", RULES, "-o", world.toString());
        assertTrue(capture.exitCode() == ExitCodes.OK || capture.exitCode() == ExitCodes.INCOMPLETE, capture.err());
        assertTrue(Files.size(world) > 0);
        assertTrue(capture.err().contains("items AWS::S3::Bucket: 3"), capture.err());

        CliRun live = CliRun.of("scan", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1",
                "--rules", RULES, "--format", "json", "--exit-zero");
        CliRun offline = CliRun.of("scan", "--world", world.toString(), "--rules", RULES, "--format", "json", "--exit-zero");
        assertEquals(ExitCodes.OK, offline.exitCode(), offline.err());
        assertEquals(verdicts(JsonParser.parseString(live.out()).getAsJsonObject()),
                verdicts(JsonParser.parseString(offline.out()).getAsJsonObject()));
    }

    @Test
    void captureWithoutLive_isAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRun.of("capture", "-o", dir.resolve("w.json").toString()).exitCode());
    }

    private String groupId(String name) {
        Ec2Client ec2 = MOTO.clients().regional(Ec2Client.class, Ec2Client::builder);
        return ec2.describeSecurityGroups(r -> r.filters(f -> f.name("group-name").values(name))).securityGroups().get(0).groupId();
    }


}
