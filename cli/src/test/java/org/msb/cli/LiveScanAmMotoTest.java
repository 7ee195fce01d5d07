package org.msb.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.account.AccountClient;
import software.amazon.awssdk.services.account.model.AlternateContactType;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.InstanceType;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;
import software.amazon.awssdk.services.s3.S3Client;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.msb.cli.ScanJson.annotation;
import static org.msb.cli.ScanJson.verdicts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Asset Management rules through {@code msb scan --live} against the moto server, for what moto implements:
 * alternate contacts (a missing one answers ResourceNotFoundException), Organizations, Config recorders and
 * channels, EC2 instances. Where moto lacks the API (SSM instance information, Config delivery-channel status)
 * the scan must report an error naming the call, never a verdict; the loaders' stub tests cover those APIs.
 */
@ExtendWith(DummyAwsCredentials.class)
class LiveScanAmMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    static final String AM_RULES = "account-contacts,account-in-organization,config-recording,ssm-inventory";
    static final String ACCOUNT = MotoServer.ACCOUNT_ID;
    @TempDir Path dir;


    private AccountClient account() { return MOTO.clients().global(AccountClient.class, AccountClient::builder); }

    private Ec2Client ec2() { return MOTO.clients().regional(Ec2Client.class, Ec2Client::builder); }

    private void contact(AlternateContactType type, String name, String email) {
        account().putAlternateContact(r -> r.alternateContactType(type).name(name).title("Team").emailAddress(email).phoneNumber("+44 20 7946 0100"));
    }

    private String stoppedInstance() {
        String image = ec2().describeImages(r -> r.owners("amazon")).images().get(0).imageId();
        String id = ec2().runInstances(r -> r.imageId(image).instanceType(InstanceType.T3_MICRO).minCount(1).maxCount(1)).instances().get(0).instanceId();
        ec2().stopInstances(r -> r.instanceIds(id));
        return id;
    }

    private CliRun scan(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("scan", "--live", "--endpoint-url", MOTO.endpoint().toString(),
                "--region", "us-east-1", "--format", "json", "--rules", AM_RULES));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void scanLive_memberWithoutBillingContactAndNoConfig_givesTheExpectedVerdicts_andCaptureReproducesThem() throws Exception {
        contact(AlternateContactType.OPERATIONS, "Platform On-Call", "platform-oncall@example.com");
        contact(AlternateContactType.SECURITY, "Security Operations", "soc@example.com");
        String orgId = MOTO.clients().global(OrganizationsClient.class, OrganizationsClient::builder)
                .createOrganization(r -> r.featureSet(OrganizationFeatureSet.ALL)).organization().id();
        String stopped = stoppedInstance();

        CliRun run = scan();

        assertEquals(ExitCodes.NON_COMPLIANT, run.exitCode(), run.err() + run.out());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(0, root.getAsJsonArray("errors").size(), run.out());
        Map<String, String> v = verdicts(root);
        assertEquals("NON_COMPLIANT", v.get("account-contacts " + ACCOUNT));
        assertEquals("Account contacts: no BILLING contact; accuracy never attested (expected within 365 days).",
                annotation(root, "account-contacts", ACCOUNT), "a missing contact is a finding, not an error");
        assertEquals("COMPLIANT", v.get("account-in-organization " + ACCOUNT));
        assertTrue(annotation(root, "account-in-organization", ACCOUNT).contains(orgId));
        assertEquals("NON_COMPLIANT", v.get("config-recording " + ACCOUNT));
        assertEquals("AWS Config in us-east-1: no configuration recorder; no delivery channel.", annotation(root, "config-recording", ACCOUNT));
        assertEquals("NOT_APPLICABLE", v.get("ssm-inventory " + stopped), "the instance came from ec2:DescribeInstances in Config's shape");

        Path world = dir.resolve("am-world.json");
        CliRun capture = CliRun.of("capture", "--live", "--endpoint-url", MOTO.endpoint().toString(), "--region", "us-east-1",
                "--rules", AM_RULES, "-o", world.toString());
        assertTrue(capture.err().contains("items AWS::EC2::Instance: 1"), capture.err());
        JsonObject facts = JsonParser.parseString(Files.readString(world)).getAsJsonObject().getAsJsonObject("facts");
        assertTrue(facts.has("account.alternateContacts") && facts.has("organizations.organization") && facts.has("config.recording"), facts.toString());
        assertFalse(facts.has("ssm.managedInstances"), "moto does not serve SSM instance information: recorded as unavailable");
        CliRun offline = CliRun.of("scan", "--world", world.toString(), "--format", "json", "--rules", AM_RULES, "--exit-zero");
        assertEquals(ExitCodes.OK, offline.exitCode(), offline.err());
        assertEquals(v, verdicts(JsonParser.parseString(offline.out()).getAsJsonObject()));
    }

    @Test
    void scanLive_standaloneAccountWithEveryContact_isOutsideTheOrganizationOnly() throws Exception {
        contact(AlternateContactType.BILLING, "Accounts Payable", "accounts-payable@example.com");
        contact(AlternateContactType.OPERATIONS, "Platform On-Call", "platform-oncall@ops.example.com");
        contact(AlternateContactType.SECURITY, "Security Operations", "soc@example.com");
        Path parameters = dir.resolve("parameters.json");
        Files.writeString(parameters, "{\"account-contacts\": {\"allowedEmailDomains\": \"example.com\", \"attestationMaxAgeDays\": \"0\"}}");

        CliRun run = scan("--parameters", parameters.toString());

        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(0, root.getAsJsonArray("errors").size(), run.out());
        Map<String, String> v = verdicts(root);
        assertEquals("COMPLIANT", v.get("account-contacts " + ACCOUNT), annotation(root, "account-contacts", ACCOUNT));
        assertEquals("NON_COMPLIANT", v.get("account-in-organization " + ACCOUNT));
        assertTrue(annotation(root, "account-in-organization", ACCOUNT).contains("not a member of an AWS Organization"),
                "AWSOrganizationsNotInUseException is a finding, not an error");
    }

    @Test
    void scanLive_whereMotoLacksTheApi_reportsAnErrorNamingTheCall_neverAVerdict() {
        String image = ec2().describeImages(r -> r.owners("amazon")).images().get(0).imageId();
        String running = ec2().runInstances(r -> r.imageId(image).instanceType(InstanceType.T3_MICRO).minCount(1).maxCount(1))
                .instances().get(0).instanceId();
        S3Client s3 = MOTO.clients().s3();
        s3.createBucket(r -> r.bucket("config-bucket-" + ACCOUNT));
        ConfigClient config = MOTO.clients().config();
        config.putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                .roleARN("arn:aws:iam::" + ACCOUNT + ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig")
                .recordingGroup(g -> g.allSupported(true).includeGlobalResourceTypes(true))));
        config.putDeliveryChannel(r -> r.deliveryChannel(c -> c.name("default").s3BucketName("config-bucket-" + ACCOUNT)));
        config.startConfigurationRecorder(r -> r.configurationRecorderName("default"));

        CliRun run = scan();

        assertTrue(run.exitCode() != ExitCodes.OK, "a scan with rule errors is not clean: " + run.exitCode());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        Map<String, String> errors = ScanGaps.of(root);  // moto's gaps: INSUFFICIENT_DATA naming the call, never a verdict
        assertTrue(errors.getOrDefault("ssm-inventory", "").contains("SSM DescribeInstanceInformation failed"), errors.toString());
        assertTrue(errors.getOrDefault("config-recording", "").contains("Config DescribeDeliveryChannelStatus failed"), errors.toString());
        Map<String, String> v = verdicts(root);
        assertFalse(v.containsKey("ssm-inventory " + running), "no verdict for the instance whose SSM state could not be read");
        assertTrue(ScanGaps.noVerdict(root, "config-recording"), "no verdict for Config whose delivery could not be read");
    }


}
