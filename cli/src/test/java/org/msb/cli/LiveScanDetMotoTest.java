package org.msb.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.FlowLogsResourceType;
import software.amazon.awssdk.services.ec2.model.LogDestinationType;
import software.amazon.awssdk.services.ec2.model.TrafficType;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.msb.cli.ScanJson.annotation;
import static org.msb.cli.ScanJson.verdicts;
import static org.junit.jupiter.api.Assertions.*;

/**
 * {@code msb scan --live} of the detective controls against moto, for what moto serves: a multi-region trail of
 * another region seen as a shadow trail (status from its home region), GuardDuty detectors, VPCs and flow logs
 * (one in error), a Config delivery channel and Security Hub. Access Analyzer, Security Hub standards and Trusted
 * Advisor summaries are missing from moto: those rules must fail with the gap named, never give a verdict.
 */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
@ExtendWith(DummyAwsCredentials.class)
class LiveScanDetMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    static final String ARCHIVE = "msb-live-log-archive";
    static final String SERVED = "DET-1,DET-2,DET-7,DET-8";
    @TempDir Path dir;
    Path parameters;
    String covered, subnetOnly, failing, defaultVpc;


    @BeforeEach
    void seed() throws Exception {
        MOTO.clients().s3().createBucket(r -> r.bucket(ARCHIVE));
        MOTO.clients().s3().createBucket(r -> r.bucket("msb-live-config-local"));

        // the only trail lives in us-west-2: us-east-1 sees it as a shadow trail, logging per its home region
        CloudTrailClient west = MOTO.clients("us-west-2").regional(CloudTrailClient.class, CloudTrailClient::builder);
        west.createTrail(r -> r.name("msb-live-org-trail").s3BucketName(ARCHIVE).isMultiRegionTrail(true).includeGlobalServiceEvents(true)
                .enableLogFileValidation(true).kmsKeyId("arn:aws:kms:us-west-2:" + MotoServer.ACCOUNT_ID + ":key/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"));
        west.startLogging(r -> r.name("msb-live-org-trail"));

        MOTO.clients().regional(GuardDutyClient.class, GuardDutyClient::builder).createDetector(r -> r.enable(true));
        MOTO.clients().regional(SecurityHubClient.class, SecurityHubClient::builder).enableSecurityHub(r -> r.enableDefaultStandards(false));
        ConfigClient config = MOTO.clients().config();
        config.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                .roleARN("arn:aws:iam::" + MotoServer.ACCOUNT_ID + ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig")));
        config.putDeliveryChannel(r -> r.deliveryChannel(d -> d.name("default").s3BucketName("msb-live-config-local")));

        Ec2Client ec2 = MOTO.clients().regional(Ec2Client.class, Ec2Client::builder);
        defaultVpc = ec2.describeVpcs(r -> r.filters(f -> f.name("is-default").values("true"))).vpcs().get(0).vpcId();
        covered = ec2.createVpc(r -> r.cidrBlock("10.50.0.0/16")).vpc().vpcId();
        ec2.createFlowLogs(r -> r.resourceIds(covered).resourceType(FlowLogsResourceType.VPC).trafficType(TrafficType.ALL)
                .logDestinationType(LogDestinationType.S3).logDestination("arn:aws:s3:::" + ARCHIVE));
        subnetOnly = ec2.createVpc(r -> r.cidrBlock("10.60.0.0/16")).vpc().vpcId();
        String subnet = ec2.createSubnet(r -> r.vpcId(subnetOnly).cidrBlock("10.60.1.0/24")).subnet().subnetId();
        ec2.createFlowLogs(r -> r.resourceIds(subnet).resourceType(FlowLogsResourceType.SUBNET).trafficType(TrafficType.ALL)
                .logDestinationType(LogDestinationType.S3).logDestination("arn:aws:s3:::" + ARCHIVE));
        failing = ec2.createVpc(r -> r.cidrBlock("10.70.0.0/16")).vpc().vpcId();
        ec2.createFlowLogs(r -> r.resourceIds(failing).resourceType(FlowLogsResourceType.VPC).trafficType(TrafficType.ALL)
                .logDestinationType(LogDestinationType.CLOUD_WATCH_LOGS).logGroupName("no-such-group")
                .deliverLogsPermissionArn("arn:aws:iam::" + MotoServer.ACCOUNT_ID + ":role/flow-logs"));

        // this account is the security account: moto cannot show a GuardDuty administrator the SDK reads, nor exports
        parameters = Files.writeString(dir.resolve("parameters.json"), "{"
                + "\"multi-region-cloudtrail\": {\"s3BucketName\": \"" + ARCHIVE + "\"},"
                + "\"logs-centralized\": {\"logArchiveBucketName\": \"" + ARCHIVE + "\", \"securityAccountId\": \"" + MotoServer.ACCOUNT_ID + "\"}}");
    }

    @Test
    void scanLive_judgesTrailsDetectorsAndFlowLogsAsServed() {
        CliRun run = scanLive(SERVED, "--exit-zero");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err() + run.out());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(0, root.getAsJsonArray("errors").size(), run.out());
        Map<String, String> v = verdicts(root);
        String account = MotoServer.ACCOUNT_ID;

        assertEquals("COMPLIANT", v.get("multi-region-cloudtrail " + account));
        assertTrue(annotation(root, "multi-region-cloudtrail", account).startsWith("Trail msb-live-org-trail (home us-west-2) is "
                + "multi-region and logging"), annotation(root, "multi-region-cloudtrail", account));
        assertEquals("COMPLIANT", v.get("guardduty-enabled " + account));
        assertEquals("COMPLIANT", v.get("vpc-flow-logs " + covered));
        assertEquals("NON_COMPLIANT", v.get("vpc-flow-logs " + subnetOnly));
        assertTrue(annotation(root, "vpc-flow-logs", subnetOnly).startsWith("No flow log on the VPC itself; flow logs on subnet-"),
                annotation(root, "vpc-flow-logs", subnetOnly));
        assertEquals("NON_COMPLIANT", v.get("vpc-flow-logs " + failing));
        assertTrue(annotation(root, "vpc-flow-logs", failing).contains("is in error (delivery FAILED: Access error)"),
                annotation(root, "vpc-flow-logs", failing));
        assertEquals("NON_COMPLIANT", v.get("vpc-flow-logs " + defaultVpc), "moto's default VPC has no flow log");
        assertEquals("NON_COMPLIANT", v.get("logs-centralized " + account));
        String centralised = annotation(root, "logs-centralized", account);
        assertTrue(centralised.startsWith("Not centralised: Config (channel default to msb-live-config-local); VPC flow logs ("), centralised);
        assertFalse(centralised.contains(covered), "the covered VPC delivers to the archive: " + centralised);
        assertFalse(centralised.contains("CloudTrail") || centralised.contains("GuardDuty") || centralised.contains("Security Hub ("), centralised);
    }

    @Test
    void scanLive_whenGuardDutySuspended_isNotEnabled() {
        GuardDutyClient gd = MOTO.clients().regional(GuardDutyClient.class, GuardDutyClient::builder);
        String id = gd.listDetectors(r -> {}).detectorIds().get(0);
        gd.updateDetector(r -> r.detectorId(id).enable(false));

        JsonObject root = JsonParser.parseString(scanLive("DET-2", "--exit-zero").out()).getAsJsonObject();

        assertEquals("NON_COMPLIANT", verdicts(root).get("guardduty-enabled " + MotoServer.ACCOUNT_ID));
        assertTrue(annotation(root, "guardduty-enabled", MotoServer.ACCOUNT_ID).contains("is suspended (status DISABLED)"));
    }

    @Test
    void scanLive_whereMotoLacksTheApi_failsNamingTheGapNeverAVerdict() {
        CliRun run = scanLive("DET-3,DET-5,DET-6");
        assertEquals(ExitCodes.INCOMPLETE, run.exitCode(), "reads the endpoint does not serve make the scan incomplete: " + run.err());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();

        Map<String, String> errors = ScanGaps.of(root);
        assertEquals(java.util.Set.of("access-analyzer-enabled", "securityhub-standards", "trusted-advisor"), errors.keySet());
        errors.keySet().forEach(rule -> assertTrue(ScanGaps.noVerdict(root, rule), "no verdict from a failed read: " + run.out()));
        assertTrue(errors.get("access-analyzer-enabled").contains("ListAnalyzers"), errors.get("access-analyzer-enabled"));
        assertTrue(errors.get("securityhub-standards").contains("GetEnabledStandards"), errors.get("securityhub-standards"));
        assertTrue(errors.get("trusted-advisor").contains("DescribeTrustedAdvisorCheckSummaries"), errors.get("trusted-advisor"));
        errors.values().forEach(m -> assertTrue(m.contains("without an AWS error code"), m));
    }

    @Test
    void captureLive_thenScanOffline_givesTheSameVerdicts() throws Exception {
        Path world = dir.resolve("det-world.json.gz");
        CliRun capture = CliRun.of("capture", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1",
                "--rules", SERVED, "-o", world.toString());
        assertTrue(capture.exitCode() == ExitCodes.OK || capture.exitCode() == ExitCodes.INCOMPLETE, capture.err());
        assertTrue(capture.err().contains("fact cloudtrail.trails: captured"), capture.err());
        assertTrue(capture.err().contains("items AWS::EC2::FlowLog: 3"), capture.err());

        CliRun live = scanLive(SERVED, "--exit-zero");
        CliRun offline = CliRun.of("scan", "--world", world.toString(), "--rules", SERVED, "--parameters", parameters.toString(),
                "--format", "json", "--exit-zero");
        assertEquals(ExitCodes.OK, offline.exitCode(), offline.err());
        Map<String, String> liveVerdicts = verdicts(JsonParser.parseString(live.out()).getAsJsonObject());
        assertEquals(liveVerdicts, verdicts(JsonParser.parseString(offline.out()).getAsJsonObject()));
        assertEquals(7, liveVerdicts.size(), "trail, detector, 4 VPCs, centralisation: " + liveVerdicts);
    }

    private CliRun scanLive(String rules, String... more) {
        String[] base = {"scan", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1", "--rules", rules,
                "--parameters", parameters.toString(), "--format", "json"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }


}
