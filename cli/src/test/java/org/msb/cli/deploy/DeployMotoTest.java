package org.msb.cli.deploy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.rule.RuleSpec;
import org.msb.testkit.AwsStubServer;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.cloudformation.model.StackSet;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * msb deploy end to end: artifact buckets created by CloudFormation, jars and template uploaded to S3, the StackSet
 * created and updated (moto), stack instances created and awaited (stubbed), and a second run that changes nothing.
 */
class DeployMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    @RegisterExtension static final AwsStubServer CFN = new AwsStubServer();
    static final String OU = "ou-ab12-workload1";
    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");

    @RegisterExtension final DeployAws aws = new DeployAws(MOTO, CFN);
    @TempDir Path jars;
    List<RuleSpec> rules;
    final StringWriter out = new StringWriter();

    @BeforeEach
    void setUp() throws IOException {
        rules = RuleJars.writeTo(jars);
        aws.stubStackInstances();
    }

    DeploySettings settings(Map<String, String> parameters) {
        return new DeploySettings("msb-baseline", "us-east-1", List.of(OU), REGIONS, "us-east-1", "msb-art-" + MotoServer.ACCOUNT_ID,
                null, DeploySettings.CallAs.SELF, jars, null, parameters, 25, 10, 600, 1, false);
    }

    Deployer deployer(DeploySettings settings) { return new Deployer(settings, aws, millis -> { }, new PrintWriter(out, true)); }

    Release release() throws IOException { return Release.of(rules, Path.of("."), jars, null); }

    @Test
    void apply_when_nothingDeployed_createsBucketsUploadsAndCreatesStackSetAndInstances() throws IOException {
        Release release = release();
        Deployer deployer = deployer(settings(Map.of()));
        DeployPlan plan = deployer.plan(release);
        assertEquals(REGIONS, plan.bucketsToCreate());
        assertEquals(DeployPlan.StackSetChange.CREATE, plan.stackSet());
        assertEquals(List.of(new Target(OU, "us-east-1"), new Target(OU, "eu-west-1")), plan.instancesToCreate());
        assertEquals(rules.size() + 1, plan.uploads().get("us-east-1").size(), "jars and the template in the StackSet's region");
        assertEquals(rules.size(), plan.uploads().get("eu-west-1").size(), "only jars elsewhere");
        plan.print(new PrintWriter(out, true));
        assertTrue(out.toString().contains("artifact bucket msb-art-123456789012-eu-west-1: create (stack msb-artifacts in eu-west-1)"), out.toString());
        assertTrue(out.toString().contains("stack instances: create for the accounts of ou-ab12-workload1 in us-east-1, eu-west-1"), out.toString());
        String packs = out.toString().lines().filter(l -> l.contains("conformance packs in each account: ")).findFirst().orElse("");
        String everyRegion = packs.substring(packs.indexOf(": ") + 2, packs.indexOf(" in every region"));
        String homeOnly = packs.substring(packs.indexOf("; ") + 2, packs.indexOf(" in us-east-1 only"));
        assertTrue(everyRegion.contains("msb-det") && everyRegion.contains("msb-inf") && !everyRegion.contains("-global"), packs);
        assertTrue(homeOnly.contains("msb-iam-global") && !homeOnly.contains("msb-inf"), packs);

        deployer.apply(plan);

        for (String region : REGIONS) {
            S3Client s3 = MOTO.clients(region).s3();
            String bucket = "msb-art-123456789012-" + region;
            assertEquals(bucket, aws.cloudFormation(region).describeStackResource(r -> r.stackName("msb-artifacts").logicalResourceId("Bucket"))
                    .stackResourceDetail().physicalResourceId(), "created by the stack from artifact-bucket.yaml");
            for (RuleSpec s : rules) {
                HeadObjectResponse head = s3.headObject(r -> r.bucket(bucket).key(release.version() + "/" + s.id() + ".jar"));
                assertEquals(Artifact.sha256(Files.readAllBytes(jars.resolve(s.id() + ".jar"))), head.metadata().get("sha256"));
            }
        }
        StackSet set = aws.cloudFormation("us-east-1").describeStackSet(r -> r.stackSetName("msb-baseline")).stackSet();
        assertEquals(release.memberTemplate().text(), set.templateBody(), "the StackSet holds the template of this build");
        assertEquals("SERVICE_MANAGED", set.permissionModelAsString());
        Map<String, String> params = new java.util.HashMap<>();
        set.parameters().forEach(p -> params.put(p.parameterKey(), p.parameterValue()));
        assertEquals(Map.of("ArtifactBucketPrefix", "msb-art-123456789012", "ArtifactVersion", release.version(), "HomeRegion", "us-east-1"), params);
        CFN.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=CreateStackInstances&"))
                .withRequestBody(containing("DeploymentTargets.OrganizationalUnitIds.member.1=" + OU))
                .withRequestBody(containing("Regions.member.1=us-east-1")).withRequestBody(containing("Regions.member.2=eu-west-1")));
        CFN.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=CreateStackSet&"))
                .withRequestBody(containing("AutoDeployment.Enabled=true")).withRequestBody(containing("CallAs=SELF"))
                .withRequestBody(containing("Capabilities.member.1=CAPABILITY_IAM"))
                .withRequestBody(containing("TemplateURL=https%3A%2F%2Fmsb-art-123456789012-us-east-1.s3.us-east-1.amazonaws.com%2F" + release.version())));
        String log = out.toString();
        assertTrue(log.contains("create stack instances for ou-ab12-workload1 in us-east-1, eu-west-1: RUNNING (1 pending, 1 running of 2 stack instance(s))"), log);
        assertTrue(log.contains("create stack instances for ou-ab12-workload1 in us-east-1, eu-west-1: SUCCEEDED (2 succeeded of 2 stack instance(s))"), log);

        CFN.verify(rules.size() * 2 + 1, putRequestedFor(anyUrl()));  // the jars in both regions, the template in us-east-1

        // the same build again: every object is there, the StackSet is current, every target covered
        CFN.resetRequests();
        DeployPlan again = deployer.plan(release());
        assertTrue(again.isEmpty(), "second plan: " + again);
        deployer.apply(again);
        CFN.verify(0, putRequestedFor(anyUrl()));
        for (String write : List.of("CreateStackSet", "UpdateStackSet", "CreateStackInstances", "CreateStack")) {
            CFN.verify(0, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=" + write + "&")));
        }
        assertTrue(out.toString().endsWith("nothing to change: the deployment is current\n"), out.toString());
    }

    @Test
    void apply_when_aParameterChanges_updatesTheStackSetOnly() throws IOException {
        Deployer first = deployer(settings(Map.of()));
        first.apply(first.plan(release()));
        CFN.resetRequests();
        CFN.resetScenarios();
        CFN.stubFor(DeployAws.operation("ListStackInstances").willReturn(DeployAws.xml(200, "instances-two.xml")).atPriority(1));

        DeploySettings changed = settings(Map.of("PasswordPolicyParamMinimumPasswordLength", "16"));
        Deployer second = deployer(changed);
        DeployPlan plan = second.plan(release());
        assertEquals(DeployPlan.StackSetChange.UPDATE, plan.stackSet());
        assertEquals("parameters changed: PasswordPolicyParamMinimumPasswordLength", plan.stackSetReason());
        assertEquals(List.of(), plan.bucketsToCreate());
        assertTrue(plan.uploads().values().stream().allMatch(List::isEmpty), "same jars: nothing to upload");
        assertEquals(List.of(), plan.instancesToCreate());
        second.apply(plan);

        StackSet set = aws.cloudFormation("us-east-1").describeStackSet(r -> r.stackSetName("msb-baseline")).stackSet();
        assertTrue(set.parameters().stream().anyMatch(p -> p.parameterKey().equals("PasswordPolicyParamMinimumPasswordLength")
                && p.parameterValue().equals("16")), set.parameters().toString());
        CFN.verify(0, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=CreateStackInstances&")));
        assertTrue(out.toString().contains("update (parameters changed: PasswordPolicyParamMinimumPasswordLength): SUCCEEDED"), out.toString());
    }

    @Test
    void apply_when_aStackInstanceFails_namesAccountRegionAndResource() throws IOException {
        CFN.stubFor(DeployAws.operation("DescribeStackSetOperation").atPriority(1).willReturn(DeployAws.xml(200, "operation-FAILED.xml")));
        CFN.stubFor(DeployAws.operation("ListStackSetOperationResults").atPriority(1).willReturn(DeployAws.xml(200, "results-failed.xml")));
        Deployer deployer = deployer(settings(Map.of()));
        DeployException e = assertThrows(DeployException.class, () -> deployer.apply(deployer.plan(release())));
        assertEquals("stack set msb-baseline: create stack instances for ou-ab12-workload1 in us-east-1, eu-west-1 FAILED; 1 of 2 stack "
                + "instance(s) did not succeed (those that did are left in place):\n  account 111122223333, region eu-west-1: FAILED, resource(s) "
                + "PasswordPolicyFunction: The following resource(s) failed to create: [PasswordPolicyFunction]. ", e.getMessage());
        assertNotNull(aws.cloudFormation("us-east-1").describeStackSet(r -> r.stackSetName("msb-baseline")).stackSet(),
                "the StackSet created before the failure stays");
    }

    @Test
    void apply_when_createStackSetIsDenied_namesAccountRegionAndCall() throws IOException {
        CFN.stubFor(DeployAws.operation("CreateStackSet").willReturn(DeployAws.xml(403, "access-denied.xml")));
        Deployer deployer = deployer(settings(Map.of()));
        DeployPlan plan = deployer.plan(release());
        DeployException e = assertThrows(DeployException.class, () -> deployer.apply(plan));
        assertTrue(e.getMessage().startsWith("account 123456789012, region us-east-1: cloudformation:CreateStackSet on stack set msb-baseline "
                + "failed: AccessDenied - User: arn:aws:sts::123456789012:assumed-role/deployer/session is not authorized"), e.getMessage());
        assertTrue(MOTO.clients("eu-west-1").s3().headObject(r -> r.bucket("msb-art-123456789012-eu-west-1")
                .key(plan.version() + "/password-policy.jar")).metadata().containsKey("sha256"), "uploads done before the failure stay");
    }

    @Test
    void plan_when_callAsDelegatedAdmin_sendsItOnEveryStackSetCall() throws IOException {
        DeploySettings s = settings(Map.of());
        DeploySettings delegated = new DeploySettings(s.stackSetName(), s.apiRegion(), s.organizationalUnits(), s.regions(), s.homeRegion(),
                s.bucketPrefix(), "o-exampleorg1", DeploySettings.CallAs.DELEGATED_ADMIN, jars, null, Map.of(), 25, 10, 600, 1, false);
        Deployer deployer = deployer(delegated);
        deployer.apply(deployer.plan(release()));
        for (String op : List.of("DescribeStackSet", "CreateStackSet", "CreateStackInstances", "DescribeStackSetOperation", "ListStackSetOperationResults")) {
            CFN.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=" + op + "&")).withRequestBody(containing("CallAs=DELEGATED_ADMIN")));
            CFN.verify(0, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=" + op + "&")).withRequestBody(containing("CallAs=SELF")));
        }
    }

}
