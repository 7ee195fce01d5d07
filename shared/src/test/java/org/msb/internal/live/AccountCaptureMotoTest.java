package org.msb.internal.live;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.error.FactUnavailableException;
import org.msb.fact.Facts;
import org.msb.fact.PasswordPolicy;
import org.msb.internal.world.World;
import org.msb.internal.world.WorldReader;
import org.msb.internal.world.WorldWriter;
import org.msb.item.ConfigurationItem;
import org.msb.rule.RuleSpec;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.iam.IamClient;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** msb capture --live: a live account through the view, written as a world, read back equal. */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class AccountCaptureMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    static List<RuleSpec> rules() {
        return List.of(
                RuleSpec.builder("bucket-logging", "DET-2").title("t").baseline("b").description("d").remediation("r")
                        .onChange("AWS::S3::Bucket").build(),
                RuleSpec.builder("password-policy", "IAM-3").title("t").baseline("b").description("d").remediation("r")
                        .periodic().reads(Facts.PASSWORD_POLICY).build(),
                RuleSpec.builder("restricted-ssh", "INF-3").title("t").baseline("b").description("d").remediation("r")
                        .onChange("AWS::EC2::SecurityGroup").readsItems("AWS::EC2::NetworkAcl").build(),
                RuleSpec.builder("trail-enabled", "DET-1").title("t").baseline("b").description("d").remediation("r")
                        .onChange("AWS::CloudTrail::Trail").build());
    }

    private void seed() {
        MOTO.clients().global(IamClient.class, IamClient::builder).updateAccountPasswordPolicy(r -> r.minimumPasswordLength(8));
        MOTO.clients().s3().createBucket(r -> r.bucket("captured-bucket"));
        MOTO.clients().s3().putBucketTagging(r -> r.bucket("captured-bucket").tagging(t -> t.tagSet(tag -> tag.key("App").value("x"))));
        Ec2Client ec2 = MOTO.clients().regional(Ec2Client.class, Ec2Client::builder);
        String vpc = ec2.createVpc(r -> r.cidrBlock("10.9.0.0/16")).vpc().vpcId();
        String sg = ec2.createSecurityGroup(r -> r.groupName("open-ssh").description("ssh").vpcId(vpc)).groupId();
        ec2.authorizeSecurityGroupIngress(r -> r.groupId(sg).ipPermissions(p -> p.ipProtocol("tcp").fromPort(22).toPort(22)
                .ipRanges(x -> x.cidrIp("0.0.0.0/0")).ipv6Ranges(x -> x.cidrIpv6("::/0"))));
    }

    @Test
    void capture_writesAWorldThatReadsBackEqual(@TempDir Path dir) {
        seed();
        LiveAccountView live = new LiveAccountView(MOTO.clients(), CallerIdentity.accountId(MOTO.clients()));
        List<String> progress = new ArrayList<>();

        AccountCapture.Result result = new AccountCapture(live, Clock.fixed(NOW, ZoneOffset.UTC), progress::add)
                .capture(rules(), "moto test account");

        assertEquals(List.of("AWS::EC2::NetworkAcl", "AWS::EC2::SecurityGroup", "AWS::S3::Bucket"), List.copyOf(result.itemsByType().keySet()));
        assertEquals(1, result.itemsByType().get("AWS::S3::Bucket"));
        assertEquals(List.of("iam.passwordPolicy"), result.facts());
        assertEquals(List.of("items:AWS::CloudTrail::Trail"), result.missing().stream().map(AccountCapture.Missing::what).toList());
        assertTrue(result.warnings().get(0).startsWith("items:AWS::CloudTrail::Trail was not captured: "), result.warnings().toString());
        assertTrue(progress.contains("items AWS::S3::Bucket: 1 (" + live.itemSource("AWS::S3::Bucket") + ")"), progress.toString());
        assertTrue(progress.contains("fact iam.passwordPolicy: captured"), progress.toString());
        assertTrue(progress.stream().anyMatch(l -> l.startsWith("items AWS::CloudTrail::Trail: NOT CAPTURED - ")), progress.toString());
        assertTrue(progress.get(progress.size() - 1).startsWith("captured " + result.itemCount() + " items of 3 types and 1 facts; 1 not captured"));

        Path file = dir.resolve("world.json");
        WorldWriter.write(result.world(), file, true);
        World world = WorldReader.readWorld(file);

        assertEquals(MotoServer.ACCOUNT_ID, world.account().accountId());
        assertEquals("us-east-1", world.account().region());
        assertEquals(NOW, world.capturedAt());
        assertEquals("moto test account", world.description());
        for (String type : result.itemsByType().keySet()) {
            assertEquals(live.items(type), world.account().items(type), "round trip of " + type);
        }
        PasswordPolicy policy = world.account().fact(Facts.PASSWORD_POLICY);
        assertEquals(live.fact(Facts.PASSWORD_POLICY), policy);
        assertEquals(8, policy.minimumPasswordLength());
        FactUnavailableException gap = assertThrows(FactUnavailableException.class, () -> world.account().items("AWS::CloudTrail::Trail"));
        assertTrue(gap.getMessage().contains("not captured: "), gap.getMessage());

        JsonObject compact = JsonParser.parseString(WorldWriter.toJson(result.world(), false)).getAsJsonObject();
        World fromCompact = WorldReader.fromJson(compact, "compact");
        assertEquals(live.items("AWS::EC2::SecurityGroup"), fromCompact.account().items("AWS::EC2::SecurityGroup"));
        JsonObject bucket = compact.getAsJsonArray("configurationItems").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("resourceType").getAsString().equals("AWS::S3::Bucket")).findFirst().orElseThrow();
        assertTrue(bucket.has("awsAccountId") && bucket.has("ARN") && bucket.get("configuration").isJsonObject(), "invocation shape");
        assertTrue(bucket.getAsJsonObject("supplementaryConfiguration").getAsJsonObject("BucketLoggingConfiguration").has("destinationBucketName"),
                "nulls are kept");
        assertTrue(compact.getAsJsonObject("facts").getAsJsonObject("iam.passwordPolicy").get("exists").getAsBoolean());
        ConfigurationItem sg = fromCompact.account().items("AWS::EC2::SecurityGroup").stream()
                .filter(i -> "open-ssh".equals(i.resourceName())).findFirst().orElseThrow();
        assertEquals(Map.of(), sg.tags());
        assertEquals("::/0", sg.property("ipPermissions").at(0).get("ipv6Ranges").at(0).get("cidrIpv6").text());
    }
}
