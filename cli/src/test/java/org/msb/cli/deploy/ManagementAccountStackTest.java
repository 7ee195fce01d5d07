package org.msb.cli.deploy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.rule.RuleSpec;
import org.msb.testkit.AwsStubServer;
import org.msb.testkit.MotoServer;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * --include-management-account: the member template as a plain stack per region in the management account, beside
 * the StackSet. Buckets, objects and the StackSet are moto's; the plain stacks are stubbed (moto's CloudFormation
 * cannot create the member template: no AWS::Lambda::Alias, log groups it already holds).
 */
class ManagementAccountStackTest {
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

    DeploySettings settings(boolean management) {
        return new DeploySettings("msb-baseline", "us-east-1", List.of(OU), REGIONS, "us-east-1", "msb-art-" + MotoServer.ACCOUNT_ID,
                null, DeploySettings.CallAs.SELF, jars, null, Map.of(), 25, 10, 600, 1, management);
    }

    Deployer deployer(boolean management) { return new Deployer(settings(management), aws, millis -> { }, new PrintWriter(out, true)); }

    Release release() throws IOException { return Release.of(rules, Path.of("."), jars, null); }

    /** What CloudFormation reports for a stack: every declared parameter, the defaults of those not set. */
    static Map<String, String> reported(Release release, Map<String, String> set) {
        Map<String, String> all = new LinkedHashMap<>(StackSetParameters.defaults(release.memberTemplate().text()));
        all.putAll(set);
        return all;
    }

    @Test
    void apply_when_managementIncluded_createsAStackPerRegionFromTheTemplateInThatRegionsBucket_andSecondRunChangesNothing() throws IOException {
        Release release = release();
        Map<String, String> params = Map.of("ArtifactBucketPrefix", "msb-art-123456789012", "ArtifactVersion", release.version(), "HomeRegion", "us-east-1");
        for (String region : REGIONS) new StackStubs(CFN, "msb-baseline", region).createdOnRequest(reported(release, params), release.memberTemplate().text());

        Deployer deployer = deployer(true);
        DeployPlan plan = deployer.plan(release);
        assertEquals(List.of(StackChange.Kind.CREATE, StackChange.Kind.CREATE), plan.stacks().stream().map(StackChange::kind).toList());
        assertEquals(rules.size() + 1, plan.uploads().get("eu-west-1").size(), "the template goes to every region's bucket, not only the StackSet's");
        plan.print(new PrintWriter(out, true));
        assertTrue(out.toString().contains("  management account 123456789012: stack msb-baseline in eu-west-1: create\n"), out.toString());

        deployer.apply(plan);

        for (String region : REGIONS) {
            CFN.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=CreateStack&"))
                    .withHeader("Authorization", containing("/" + region + "/cloudformation/"))
                    .withRequestBody(containing("StackName=msb-baseline"))
                    .withRequestBody(containing("TemplateURL=https%3A%2F%2Fmsb-art-123456789012-" + region + ".s3." + region + ".amazonaws.com%2F"
                            + release.version() + "%2Fmember-stackset.yaml"))
                    .withRequestBody(containing("Capabilities.member.1=CAPABILITY_IAM"))
                    .withRequestBody(containing("ParameterKey=HomeRegion&Parameters.member.")));
            assertEquals(Artifact.sha256(release.memberTemplate().content()), MOTO.clients(region).s3().headObject(r -> r
                    .bucket("msb-art-123456789012-" + region).key(release.version() + "/member-stackset.yaml")).metadata().get("sha256"));
        }
        String log = out.toString();
        assertTrue(log.contains("  eu-west-1: stack msb-baseline CREATE_IN_PROGRESS\n  eu-west-1: stack msb-baseline CREATE_COMPLETE\n"), log);

        CFN.resetRequests();
        DeployPlan again = deployer.plan(release());
        assertEquals(List.of(StackChange.Kind.NONE, StackChange.Kind.NONE), again.stacks().stream().map(StackChange::kind).toList(), again.toString());
        assertTrue(again.isEmpty());
        deployer.apply(again);
        for (String write : List.of("CreateStack", "UpdateStack", "CreateStackSet", "UpdateStackSet", "CreateStackInstances")) {
            CFN.verify(0, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=" + write + "&")));
        }
    }

    @Test
    void apply_when_theManagementStackRollsBack_namesStackRegionAndResource_thenPlanRecreatesIt() throws IOException {
        Release release = release();
        Map<String, String> params = Map.of("ArtifactBucketPrefix", "msb-art-123456789012", "ArtifactVersion", release.version(), "HomeRegion", "us-east-1");
        new StackStubs(CFN, "msb-baseline", "us-east-1").createdOnRequest(reported(release, params), release.memberTemplate().text());
        new StackStubs(CFN, "msb-baseline", "eu-west-1").rolledBackOnCreate(reported(release, params), release.memberTemplate().text());
        Deployer deployer = deployer(true);

        DeployException e = assertThrows(DeployException.class, () -> deployer.apply(deployer.plan(release)));

        assertEquals("account 123456789012, region eu-west-1: stack msb-baseline: create ended ROLLBACK_COMPLETE; resource PasswordPolicyFunction "
                + "(AWS::Lambda::Function) CREATE_FAILED: Resource handler returned message: \"Error occurred while GetObject. S3 Error Code: "
                + "NoSuchKey. S3 Error Message: The specified key does not exist. (Service: Lambda, Status Code: 400, Request ID: "
                + "0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f)\" (RequestToken: 1b2c3d4e-5f6a-7b8c-9d0e-1f2a3b4c5d6e, HandlerErrorCode: InvalidRequest) "
                + "(what succeeded elsewhere is left in place; fix the cause and run apply again)", e.getMessage());
        assertNotNull(aws.cloudFormation("us-east-1").describeStackSet(r -> r.stackSetName("msb-baseline")).stackSet(), "the StackSet stays");
        CFN.verify(0, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=DeleteStack&")));

        StackChange retry = deployer.plan(release).stacks().get(1);
        assertEquals(StackChange.Kind.RECREATE, retry.kind());
        assertEquals("stack msb-baseline in eu-west-1: delete and create again (its creation failed and rolled back: ROLLBACK_COMPLETE)", retry.describe());
    }

    @Test
    void plan_when_aParameterDiffers_updates_andNoUpdatesFromCloudFormationCountsAsUnchanged() throws IOException {
        Release release = release();
        Map<String, String> old = Map.of("ArtifactBucketPrefix", "msb-art-123456789012", "ArtifactVersion", release.version(), "HomeRegion", "us-east-1",
                "LogRetentionDays", "365");
        StackStubs east = new StackStubs(CFN, "msb-baseline", "us-east-1").existing("UPDATE_COMPLETE", reported(release, old), release.memberTemplate().text());
        CFN.stubFor(east.call("UpdateStack").willReturn(east.xml(400, "no-updates.xml")));
        StackClient client = new StackClient(aws.cloudFormation("us-east-1"), "us-east-1", "123456789012", new Waiting(millis -> { }, 1, 600));
        Map<String, String> wanted = new LinkedHashMap<>(old);
        wanted.remove("LogRetentionDays");
        StackSpec spec = new StackSpec("us-east-1", "msb-baseline", release.memberTemplate(), wanted, List.of());

        StackChange change = client.plan(spec);
        assertEquals(StackChange.Kind.UPDATE, change.kind());
        assertEquals("parameters changed: LogRetentionDays (back to its default)", change.reason());
        client.apply(change, "https://b.s3.us-east-1.amazonaws.com/t.yaml", new PrintWriter(out, true));
        assertEquals("  us-east-1: stack msb-baseline unchanged (CloudFormation: no updates are to be performed)\n", out.toString());

        assertEquals(StackChange.Kind.NONE, client.plan(new StackSpec("us-east-1", "msb-baseline", release.memberTemplate(), old, List.of())).kind());
    }

    @Test
    void apply_when_anEarlierCreationRolledBack_deletesAndCreatesAgain() throws IOException {
        Release release = release();
        Map<String, String> params = Map.of("ArtifactBucketPrefix", "msb-art-123456789012", "ArtifactVersion", release.version(), "HomeRegion", "us-east-1");
        new StackStubs(CFN, "msb-baseline", "eu-west-1").recreatedOnRequest(reported(release, params), release.memberTemplate().text());
        StackClient client = new StackClient(aws.cloudFormation("eu-west-1"), "eu-west-1", "123456789012", new Waiting(millis -> { }, 1, 600));
        StackSpec spec = new StackSpec("eu-west-1", "msb-baseline", release.memberTemplate(), params, List.of());

        StackChange change = client.plan(spec);
        assertEquals(StackChange.Kind.RECREATE, change.kind());
        client.apply(change, "https://b.s3.eu-west-1.amazonaws.com/t.yaml", new PrintWriter(out, true));

        assertEquals("""
                  eu-west-1: stack msb-baseline DELETE_IN_PROGRESS
                  eu-west-1: stack msb-baseline deleted
                  eu-west-1: stack msb-baseline CREATE_IN_PROGRESS
                  eu-west-1: stack msb-baseline CREATE_COMPLETE
                """, out.toString());
        CFN.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=DeleteStack&")));
        CFN.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=CreateStack&")));
        assertEquals(StackChange.Kind.NONE, client.plan(spec).kind(), "created: nothing left to do");
    }

    @Test
    void settings_when_managementIncludedFromADelegatedAdmin_refuse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DeploySettings("msb-baseline", "us-east-1", List.of(OU),
                REGIONS, "us-east-1", null, null, DeploySettings.CallAs.DELEGATED_ADMIN, jars, null, Map.of(), 25, 10, 600, 1, true));
        assertTrue(e.getMessage().startsWith("--include-management-account deploys into the calling account"), e.getMessage());
    }
}
