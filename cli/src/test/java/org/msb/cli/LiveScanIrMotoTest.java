package org.msb.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.ComparisonOperator;
import software.amazon.awssdk.services.cloudwatch.model.Statistic;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.RuleState;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentFormat;
import software.amazon.awssdk.services.ssm.model.DocumentType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Incident Response rules through {@code msb scan --live} against the moto server: roles and customer policies
 * (IAM authorization details), EventBridge rules and targets, a CloudTrail trail delivering to CloudWatch Logs with a
 * metric filter and an alarm, a GuardDuty detector, SSM Automation documents, and attestation records given with
 * {@code --exceptions}; then capture and an offline scan of the capture give the same verdicts.
 */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
@ExtendWith(DummyAwsCredentials.class)
class LiveScanIrMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    static final String ACCOUNT = MotoServer.ACCOUNT_ID;
    static final String SECURITY = "999988887777";
    static final String SOC = "arn:aws:sns:us-east-1:" + ACCOUNT + ":soc-critical";
    static final String IR_RULES = "IR-1,IR-2,IR-3,IR-4,IR-5";
    @TempDir Path dir;

    @BeforeEach
    void seed() {
        seedRoles();
        seedAlerting();
        SsmClient ssm = MOTO.clients().regional(SsmClient.class, SsmClient::builder);
        String content = "{\"schemaVersion\":\"0.3\",\"description\":\"runbook\",\"mainSteps\":[{\"name\":\"wait\",\"action\":\"aws:sleep\","
                + "\"inputs\":{\"Duration\":\"PT1S\"}}]}";
        // moto's ListDocuments gives no CreatedDate, so the review date comes from the msb:reviewed tag
        String reviewed = LocalDate.now(ZoneOffset.UTC).minusDays(10).toString();
        ssm.createDocument(r -> r.name("IR-RevokeCompromisedCredentials").content(content).documentType(DocumentType.AUTOMATION)
                .documentFormat(DocumentFormat.JSON).tags(t -> t.key("msb:incident-type").value("compromised-credentials"),
                        t -> t.key("msb:reviewed").value(reviewed)));
        ssm.createDocument(r -> r.name("IR-BlockPublicS3Exposure").content(content).documentType(DocumentType.AUTOMATION)
                .documentFormat(DocumentFormat.JSON).tags(t -> t.key("msb:incident-type").value("public-data-exposure"),
                        t -> t.key("msb:reviewed").value(reviewed)));
    }

    private void seedRoles() {
        IamClient iam = MOTO.clients().global(IamClient.class, IamClient::builder);
        // moto loads no AWS managed policies by default: customer policies stand in for SecurityAudit and AdministratorAccess
        String audit = iam.createPolicy(r -> r.policyName("InfoSecAudit").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"iam:Get*\",\"iam:List*\",\"ec2:Describe*\","
                        + "\"cloudtrail:LookupEvents\"],\"Resource\":\"*\"}]}")).policy().arn();
        String admin = iam.createPolicy(r -> r.policyName("BreakGlassAdmin").policyDocument(
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}]}")).policy().arn();
        iam.createRole(r -> r.roleName("InfoSecReadOnly").assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                + "\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + SECURITY + ":role/SecurityInvestigator\"},\"Action\":\"sts:AssumeRole\"}]}"));
        iam.attachRolePolicy(r -> r.roleName("InfoSecReadOnly").policyArn(audit));
        iam.createRole(r -> r.roleName("InfoSecBreakGlass").assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":"
                + "\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::" + SECURITY + ":root\"},\"Action\":\"sts:AssumeRole\",\"Condition\":"
                + "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}}]}"));
        iam.attachRolePolicy(r -> r.roleName("InfoSecBreakGlass").policyArn(admin));
        EventBridgeClient events = MOTO.clients().regional(EventBridgeClient.class, EventBridgeClient::builder);
        events.putRule(r -> r.name("break-glass-assumed").state(RuleState.ENABLED).eventPattern("{\"source\":[\"aws.sts\"],\"detail\":{"
                + "\"eventName\":[\"AssumeRole\"],\"requestParameters\":{\"roleArn\":[\"arn:aws:iam::" + ACCOUNT + ":role/InfoSecBreakGlass\"]}}}"));
        events.putTargets(r -> r.rule("break-glass-assumed").targets(t -> t.id("soc").arn(SOC)));
    }

    private void seedAlerting() {
        MOTO.clients().regional(GuardDutyClient.class, GuardDutyClient::builder).createDetector(r -> r.enable(true));
        EventBridgeClient events = MOTO.clients().regional(EventBridgeClient.class, EventBridgeClient::builder);
        events.putRule(r -> r.name("guardduty-high").state(RuleState.ENABLED).eventPattern("{\"source\":[\"aws.guardduty\"],"
                + "\"detail-type\":[\"GuardDuty Finding\"],\"detail\":{\"severity\":[{\"numeric\":[\">=\",7]}]}}"));
        events.putTargets(r -> r.rule("guardduty-high").targets(t -> t.id("soc").arn(SOC)));

        CloudWatchLogsClient logs = MOTO.clients().regional(CloudWatchLogsClient.class, CloudWatchLogsClient::builder);
        logs.createLogGroup(r -> r.logGroupName("CloudTrail/Management"));
        logs.putMetricFilter(r -> r.logGroupName("CloudTrail/Management").filterName("cis-root-usage")
                .filterPattern("{ $.userIdentity.type = \"Root\" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != \"AwsServiceEvent\" }")
                .metricTransformations(t -> t.metricName("RootAccountUsage").metricNamespace("CISBenchmark").metricValue("1")));
        String group = logs.describeLogGroups(r -> r.logGroupNamePrefix("CloudTrail/Management")).logGroups().get(0).arn();
        MOTO.clients().s3().createBucket(r -> r.bucket("msb-live-trail"));
        String role = MOTO.clients().global(IamClient.class, IamClient::builder).createRole(r -> r.roleName("CloudTrailToLogs")
                .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                        + "\"cloudtrail.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}")).role().arn();
        MOTO.clients().regional(CloudTrailClient.class, CloudTrailClient::builder).createTrail(r -> r.name("management-events")
                .s3BucketName("msb-live-trail").isMultiRegionTrail(true).cloudWatchLogsLogGroupArn(group).cloudWatchLogsRoleArn(role));
        MOTO.clients().regional(CloudWatchClient.class, CloudWatchClient::builder).putMetricAlarm(r -> r.alarmName("cis-root-usage")
                .metricName("RootAccountUsage").namespace("CISBenchmark").statistic(Statistic.SUM).period(300).evaluationPeriods(1)
                .threshold(1.0).comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD).alarmActions(SOC));
    }

    /** Parameters and attestation records a user would keep in files. */
    private String[] options() throws Exception {
        Path parameters = dir.resolve("parameters.json");
        Files.writeString(parameters, "{\"infosec-readonly-role\": {\"securityAccountId\": \"" + SECURITY + "\", \"allowedPolicies\": "
                + "\"arn:aws:iam::" + ACCOUNT + ":policy/InfoSecAudit\"}, \"infosec-breakglass-role\": {\"securityAccountId\": \"" + SECURITY + "\"}}");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Path register = dir.resolve("register.yaml");
        Files.writeString(register, "attestations:\n"
                + "  - {id: AT-1, rule: ir-plan-tested, subject: IR, reference: https://wiki.example.com/ir, date: " + today.minusDays(40) + ", by: ciso@example.com}\n"
                + "  - {id: AT-2, rule: ir-plan-tested, subject: BCP, reference: https://wiki.example.com/bcp, date: " + today.minusDays(100) + ", by: coo@example.com}\n");
        return new String[] {"--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1", "--rules", IR_RULES,
                "--parameters", parameters.toString(), "--exceptions", register.toString()};
    }

    @Test
    void scanLive_judgesRolesAlertingRunbooksAndPlans() throws Exception {
        CliRun run = CliRun.of(concat(new String[] {"scan", "--live", "--format", "json"}, options()));
        assertEquals(ExitCodes.NON_COMPLIANT, run.exitCode(), run.err() + run.out());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(0, root.getAsJsonArray("errors").size(), run.out());
        Map<String, String> v = verdicts(root), a = annotations(root);

        assertEquals("COMPLIANT", v.get("infosec-readonly-role"), a.get("infosec-readonly-role"));
        assertEquals("COMPLIANT", v.get("infosec-breakglass-role"), a.get("infosec-breakglass-role"));
        assertTrue(a.get("infosec-breakglass-role").contains("its use alarms via rule break-glass-assumed"), a.get("infosec-breakglass-role"));
        assertEquals("COMPLIANT", v.get("ir-plan-tested"), a.get("ir-plan-tested"));
        assertEquals("NON_COMPLIANT", v.get("runbooks-documented"));
        assertEquals("Runbooks missing or not reviewed within 365 days: compromised-instance: no runbook; malware: no runbook.",
                a.get("runbooks-documented"));
        assertEquals("NON_COMPLIANT", v.get("incident-alerting"));
        assertTrue(a.get("incident-alerting").startsWith("GuardDuty findings of severity 4.0-6.9 reach no target (expected >= 4); no metric filter on "
                + "CloudTrail/Management with an alarm that has an action for 10 of 11 CIS events: unauthorized-api-calls,"), a.get("incident-alerting"));
    }

    @Test
    void captureLive_thenScanOffline_givesTheSameIrVerdicts() throws Exception {
        String[] opts = options();
        Path world = dir.resolve("world.json");
        CliRun capture = CliRun.of("capture", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1", "-o", world.toString());
        assertTrue(capture.exitCode() == ExitCodes.OK || capture.exitCode() == ExitCodes.INCOMPLETE, capture.err());
        String text = Files.readString(world);
        assertTrue(text.contains("\"events.defaultBusRules\"") && text.contains("\"logs.cloudTrailMetricFilters\"")
                && text.contains("\"guardduty.detectors\""), "the IR facts are captured");

        CliRun live = CliRun.of(concat(new String[] {"scan", "--live", "--format", "json", "--exit-zero"}, opts));
        String[] offlineOpts = {"--rules", IR_RULES, "--parameters", opts[7], "--exceptions", opts[9]};
        CliRun offline = CliRun.of(concat(new String[] {"scan", "--world", world.toString(), "--format", "json", "--exit-zero"}, offlineOpts));
        assertEquals(ExitCodes.OK, offline.exitCode(), offline.err());
        Map<String, String> fromLive = verdicts(JsonParser.parseString(live.out()).getAsJsonObject());
        assertEquals(5, fromLive.size(), live.out());
        assertEquals(fromLive, verdicts(JsonParser.parseString(offline.out()).getAsJsonObject()));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static Map<String, String> verdicts(JsonObject root) { return field(root, "compliance"); }

    private static Map<String, String> annotations(JsonObject root) { return field(root, "annotation"); }

    private static Map<String, String> field(JsonObject root, String name) {
        Map<String, String> out = new HashMap<>();
        for (var e : root.getAsJsonArray("results")) {
            JsonObject r = e.getAsJsonObject();
            out.put(r.get("ruleId").getAsString(), r.get(name).getAsString());
        }
        return out;
    }
}
