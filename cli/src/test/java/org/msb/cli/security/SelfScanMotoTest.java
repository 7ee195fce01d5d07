package org.msb.cli.security;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.cli.CliRun;
import org.msb.cli.DummyAwsCredentials;
import org.msb.testkit.MotoServer;
import org.yaml.snakeyaml.Yaml;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.Owner;
import software.amazon.awssdk.services.s3.model.Permission;
import software.amazon.awssdk.services.s3.model.Type;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The pack's own deployment follows the baseline: the generated artifact-bucket template is deployed by moto's
 * CloudFormation (what moto's CloudFormation skips is applied from the template's own values, see
 * {@link #applyWhatMotoCloudFormationSkips}), then {@code msb scan --live} with the rules that read S3 buckets judges the bucket it made.
 */
@ExtendWith(DummyAwsCredentials.class)
class SelfScanMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    static final Path ROOT = Path.of(System.getProperty("msb.projectRoot", ".."));
    static final String REGION = "us-east-1";
    static final String BUCKET = "msb-artifacts-" + REGION;
    static final String LOGS = "msb-access-logs-" + REGION;
    /** The data-protection (and logging) rules whose resource types include AWS::S3::Bucket. */
    static final List<String> S3_RULES = List.of("encryption-at-rest", "encryption-in-transit", "backups-worm",
            "s3-public-bucket-approved", "s3-access-logging");

    @Test
    void artifactBucket_deployedFromTheGeneratedTemplate_isCompliantWithEveryS3Rule() throws IOException {
        // the access-log bucket the deployment names (it exists before: msb does not create it)
        S3Client s3 = MOTO.clients().s3();
        s3.createBucket(r -> r.bucket(LOGS));
        Owner owner = s3.getBucketAcl(r -> r.bucket(LOGS)).owner();
        String logDelivery = "http://acs.amazonaws.com/groups/s3/LogDelivery";
        s3.putBucketAcl(r -> r.bucket(LOGS).accessControlPolicy(a -> a.owner(owner).grants(
                Grant.builder().grantee(g -> g.type(Type.CANONICAL_USER).id(owner.id())).permission(Permission.FULL_CONTROL).build(),
                Grant.builder().grantee(g -> g.type(Type.GROUP).uri(logDelivery)).permission(Permission.WRITE).build(),
                Grant.builder().grantee(g -> g.type(Type.GROUP).uri(logDelivery)).permission(Permission.READ_ACP).build())));
        CloudFormationClient cfn = MOTO.clients().regional(CloudFormationClient.class, CloudFormationClient::builder);
        String body = template("deploy/artifact-bucket.yaml");
        cfn.createStack(r -> r.stackName("msb-artifacts").templateBody(body).parameters(
                Parameter.builder().parameterKey("BucketNamePrefix").parameterValue("msb-artifacts").build(),
                Parameter.builder().parameterKey("OrganizationId").parameterValue("o-a1b2c3d4e5").build(),
                Parameter.builder().parameterKey("AccessLogBucket").parameterValue(LOGS).build()));
        assertEquals(StackStatus.CREATE_COMPLETE, cfn.describeStacks(r -> r.stackName("msb-artifacts")).stacks().get(0).stackStatus());
        applyWhatMotoCloudFormationSkips(body);

        CliRun run = CliRun.of("scan", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", REGION,
                "--rules", String.join(",", S3_RULES), "--format", "json", "--exit-zero");
        assertEquals(0, run.exitCode(), run.err() + run.out());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (JsonElement e : root.getAsJsonArray("results")) {
            JsonObject r = e.getAsJsonObject();
            if (!r.get("resourceId").getAsString().equals(BUCKET)) continue;
            verdicts.put(r.get("ruleId").getAsString(), r.get("compliance").getAsString() + ": " + text(r, "annotation"));
        }
        System.out.println("self-scan of " + BUCKET + ": " + verdicts);
        for (String rule : S3_RULES) {
            assertTrue(verdicts.containsKey(rule), rule + " judged the artifact bucket: " + verdicts + "\n" + run.out());
            // backups-worm judges backup buckets only (tagged so); the artifact bucket is not one
            String expected = rule.equals("backups-worm") ? "NOT_APPLICABLE" : "COMPLIANT";
            assertTrue(verdicts.get(rule).startsWith(expected + ":"), rule + ": " + verdicts.get(rule));
        }
    }

    /**
     * moto 5.2.1's CloudFormation creates the bucket with its name and encryption only: it ignores
     * VersioningConfiguration, PublicAccessBlockConfiguration and LoggingConfiguration and does not create the
     * AWS::S3::BucketPolicy. Those are applied here, from the template's own values (intrinsics resolved as
     * CloudFormation would), with the S3 calls CloudFormation makes for them.
     */
    @SuppressWarnings("unchecked")
    static void applyWhatMotoCloudFormationSkips(String body) {
        Map<String, Object> resources = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(body)).get("Resources");
        Map<String, Object> props = (Map<String, Object>) resolve(((Map<String, Object>) resources.get("Bucket")).get("Properties"));
        S3Client s3 = MOTO.clients().s3();
        Map<String, Object> versioning = (Map<String, Object>) props.get("VersioningConfiguration");
        s3.putBucketVersioning(r -> r.bucket(BUCKET).versioningConfiguration(v -> v.status((String) versioning.get("Status"))));
        Map<String, Object> pab = (Map<String, Object>) props.get("PublicAccessBlockConfiguration");
        s3.putPublicAccessBlock(r -> r.bucket(BUCKET).publicAccessBlockConfiguration(c -> c
                .blockPublicAcls((Boolean) pab.get("BlockPublicAcls")).blockPublicPolicy((Boolean) pab.get("BlockPublicPolicy"))
                .ignorePublicAcls((Boolean) pab.get("IgnorePublicAcls")).restrictPublicBuckets((Boolean) pab.get("RestrictPublicBuckets"))));
        Map<String, Object> logging = (Map<String, Object>) props.get("LoggingConfiguration");
        s3.putBucketLogging(r -> r.bucket(BUCKET).bucketLoggingStatus(l -> l.loggingEnabled(e -> e
                .targetBucket((String) logging.get("DestinationBucketName")).targetPrefix((String) logging.get("LogFilePrefix")))));
        Object policy = resolve(((Map<String, Object>) ((Map<String, Object>) resources.get("BucketPolicy")).get("Properties")).get("PolicyDocument"));
        s3.putBucketPolicy(r -> r.bucket(BUCKET).policy(new Gson().toJson(policy)));
    }

    /** The template's intrinsics for this stack: Ref, Fn::GetAtt Bucket.Arn, Fn::Sub, Fn::If on HasAccessLogBucket. */
    @SuppressWarnings("unchecked")
    static Object resolve(Object node) {
        Map<String, String> refs = Map.of("BucketNamePrefix", "msb-artifacts", "OrganizationId", "o-a1b2c3d4e5", "AccessLogBucket", LOGS,
                "AWS::Region", REGION, "Bucket", BUCKET, "Bucket.Arn", "arn:aws:s3:::" + BUCKET);
        if (node instanceof List<?> list) return list.stream().map(SelfScanMotoTest::resolve).toList();
        if (!(node instanceof Map<?, ?> raw)) return node;
        Map<String, Object> map = (Map<String, Object>) raw;
        if (map.size() == 1) {
            Map.Entry<String, Object> e = map.entrySet().iterator().next();
            switch (e.getKey()) {
                case "Ref" -> { return Objects.requireNonNull(refs.get((String) e.getValue()), "Ref " + e.getValue()); }
                case "Fn::GetAtt" -> { return Objects.requireNonNull(refs.get(String.join(".", (List<String>) e.getValue())), "GetAtt " + e.getValue()); }
                case "Fn::Sub" -> {
                    Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher((String) e.getValue());
                    return m.replaceAll(x -> Matcher.quoteReplacement(Objects.requireNonNull(refs.get(x.group(1)), "Sub " + x.group(1))));
                }
                case "Fn::If" -> {
                    List<Object> args = (List<Object>) e.getValue();
                    assertEquals("HasAccessLogBucket", args.get(0), "the only condition of the template");
                    return resolve(args.get(1));  // AccessLogBucket is given
                }
                default -> { }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, resolve(v)));
        return out;
    }

    private static String text(JsonObject o, String key) { return o.has(key) && !o.get(key).isJsonNull() ? o.get(key).getAsString() : ""; }

    static String template(String file) throws IOException { return Files.readString(ROOT.resolve(file)); }
}
