package org.msb.cli.deploy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.msb.rule.RuleSpec;
import org.msb.testkit.AwsStubServer;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.cloudformation.model.StackSet;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The central pattern's functions (stacks stubbed: moto's CloudFormation cannot create central-functions.yaml) and
 * member role (the StackSet in moto, its instances stubbed), each planned, applied and applied again unchanged.
 */
class CentralMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    @RegisterExtension static final AwsStubServer CFN = new AwsStubServer();
    static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
    static final String PREFIX = "msb-art-" + MotoServer.ACCOUNT_ID;

    @RegisterExtension final DeployAws aws = new DeployAws(MOTO, CFN);
    @TempDir Path jars;
    List<RuleSpec> rules;
    final StringWriter out = new StringWriter();
    String organizationId;

    @BeforeEach
    void setUp() throws IOException {
        organizationId = aws.organizationId();
        rules = RuleJars.writeTo(jars);
    }

    StackDeployer stackDeployer() { return new StackDeployer(aws, millis -> { }, 0, 600, new PrintWriter(out, true)); }

    CentralPattern.Common common(Map<String, String> parameters) {
        return new CentralPattern.Common(REGIONS, "us-east-1", "msb-config-rule-execution", false, parameters);
    }

    @Test
    void functions_apply_createsBucketsUploadsJarsAndAStackPerRegion_thenChangesNothing() throws IOException {
        Release release = Release.of(rules, Path.of("."), jars, null);
        CentralPattern.Stacks what = CentralPattern.functions(release, common(Map.of("LogRetentionDays", "365")), PREFIX, organizationId);
        Map<String, String> params = what.stacks().get(0).parameters();
        assertEquals(Map.of("ArtifactBucketPrefix", PREFIX, "ArtifactVersion", release.version(), "HomeRegion", "us-east-1",
                "OrganizationId", organizationId, "ExecutionRoleName", "msb-config-rule-execution", "LogRetentionDays", "365"), params);
        Map<String, String> reported = new LinkedHashMap<>(StackSetParameters.defaults(release.centralFunctionsTemplate().text()));
        reported.putAll(params);
        for (String region : REGIONS) {
            new StackStubs(CFN, "msb-central-functions", region).createdOnRequest(reported, release.centralFunctionsTemplate().text());
        }
        StackDeployer deployer = stackDeployer();

        StacksPlan plan = deployer.plan(what, PREFIX, release);
        assertEquals(REGIONS, plan.buckets().toCreate());
        assertEquals(rules.size() + 1, plan.buckets().uploads().get("eu-west-1").size(), "the jars and the template in every region");
        plan.print(new PrintWriter(out, true));
        assertTrue(out.toString().startsWith("msb deploy: central functions (stack msb-central-functions per region) in account 123456789012; "
                + "artifact version " + release.version() + "\n"), out.toString());
        assertTrue(out.toString().contains("  stack msb-central-functions in eu-west-1: create\n"), out.toString());

        deployer.apply(plan, null);

        for (String region : REGIONS) {
            CFN.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=CreateStack&"))
                    .withHeader("Authorization", containing("/" + region + "/cloudformation/"))
                    .withRequestBody(containing("StackName=msb-central-functions"))
                    .withRequestBody(containing("TemplateURL=https%3A%2F%2F" + PREFIX + "-" + region + ".s3." + region + ".amazonaws.com%2F"
                            + release.version() + "%2Fcentral-functions.yaml"))
                    .withRequestBody(containing("Capabilities.member.1=CAPABILITY_IAM"))
                    .withRequestBody(containing("ParameterValue=" + organizationId)));
            assertEquals(Artifact.sha256(release.centralFunctionsTemplate().content()), MOTO.clients(region).s3().headObject(r -> r
                    .bucket(PREFIX + "-" + region).key(release.version() + "/central-functions.yaml")).metadata().get("sha256"));
        }
        assertTrue(out.toString().contains("deployed central functions (stack msb-central-functions per region), artifact version "), out.toString());

        CFN.resetRequests();
        StacksPlan again = deployer.plan(what, PREFIX, Release.of(rules, Path.of("."), jars, null));
        assertTrue(again.isEmpty(), again.toString());
        deployer.apply(again, null);
        CFN.verify(0, putRequestedFor(anyUrl()));
        for (String write : List.of("CreateStack", "UpdateStack")) CFN.verify(0, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=" + write + "&")));
        assertTrue(out.toString().endsWith("nothing to change: the deployment is current\n"), out.toString());
    }

    @Test
    void functions_apply_when_aStackRollsBack_namesAccountRegionStackAndResource_andKeepsWhatSucceeded() throws IOException {
        Release release = Release.of(rules, Path.of("."), jars, null);
        CentralPattern.Stacks what = CentralPattern.functions(release, common(Map.of()), PREFIX, organizationId);
        new StackStubs(CFN, "msb-central-functions", "us-east-1").createdOnRequest(what.stacks().get(0).parameters(), release.centralFunctionsTemplate().text());
        new StackStubs(CFN, "msb-central-functions", "eu-west-1").rolledBackOnCreate(what.stacks().get(1).parameters(), release.centralFunctionsTemplate().text());
        StackDeployer deployer = stackDeployer();

        DeployException e = assertThrows(DeployException.class, () -> deployer.apply(deployer.plan(what, PREFIX, release), null));

        assertTrue(e.getMessage().startsWith("account 123456789012, region eu-west-1: stack msb-central-functions: create ended ROLLBACK_COMPLETE; "
                + "resource PasswordPolicyFunction (AWS::Lambda::Function) CREATE_FAILED: Resource handler returned message: \"Error occurred "
                + "while GetObject. S3 Error Code: NoSuchKey."), e.getMessage());
        assertFalse(e.getMessage().contains("ConsoleMfaFunction") || e.getMessage().contains("OldFunction"),
                "cancelled resources and earlier operations are not the cause: " + e.getMessage());
        StacksPlan retry = deployer.plan(what, PREFIX, release);
        assertEquals(List.of(StackChange.Kind.NONE, StackChange.Kind.RECREATE), retry.stacks().stream().map(StackChange::kind).toList(),
                "us-east-1 stays as created; eu-west-1 is created again");
    }

    @Test
    void memberRole_apply_createsTheStackSetInOneRegionWithNamedIam_thenChangesNothing() throws IOException {
        aws.stubStackInstances();
        Release release = Release.templates(rules, null);
        StackSetPayload payload = CentralPattern.memberRole(release, "us-east-1", "111122223333", "msb-config-rule-execution", "s3://registers/msb.yaml", Map.of());
        DeploySettings settings = new DeploySettings("msb-central-member-role", "us-east-1", List.of("ou-ab12-workload1"), List.of("us-east-1"),
                "us-east-1", PREFIX, null, DeploySettings.CallAs.SELF, null, null, Map.of(), 25, 10, 600, 0, false);
        Deployer deployer = new Deployer(settings, aws, millis -> { }, new PrintWriter(out, true));

        DeployPlan plan = deployer.plan(deployer.account(), release, PREFIX, payload, List.of());
        assertEquals(Map.of("us-east-1", List.of(release.centralMemberRoleTemplate())), plan.uploads(), "only the role template, in the one region");
        deployer.apply(plan);

        StackSet set = aws.cloudFormation("us-east-1").describeStackSet(r -> r.stackSetName("msb-central-member-role")).stackSet();
        assertEquals(release.centralMemberRoleTemplate().text(), set.templateBody());
        Map<String, String> params = new HashMap<>();
        set.parameters().forEach(p -> params.put(p.parameterKey(), p.parameterValue()));
        assertEquals(Map.of("CentralAccountId", "111122223333", "ExecutionRoleName", "msb-config-rule-execution",
                "ExceptionRegisterReadArn", "arn:aws:s3:::registers/msb.yaml"), params);
        CFN.verify(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=CreateStackSet&"))
                .withRequestBody(containing("Capabilities.member.1=CAPABILITY_NAMED_IAM")).withRequestBody(containing("PermissionModel=SERVICE_MANAGED")));
        CFN.verify(1, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=CreateStackInstances&"))
                .withRequestBody(containing("Regions.member.1=us-east-1")).withRequestBody(containing("DeploymentTargets.OrganizationalUnitIds.member.1=ou-ab12-workload1")));
        assertFalse(CFN.findAll(postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=CreateStackInstances&"))).get(0)
                .getBodyAsString().contains("Regions.member.2"), "IAM is global: one region");

        CFN.resetRequests();
        DeployPlan again = deployer.plan(deployer.account(), Release.templates(rules, null), PREFIX, payload, List.of());
        assertTrue(again.isEmpty(), again.toString());
    }

    @Test
    void pattern_when_badCentralAccountOrParameter_refusesBeforeAnyAwsCall() throws IOException {
        Release release = Release.templates(rules, null);
        IllegalArgumentException account = assertThrows(IllegalArgumentException.class,
                () -> CentralPattern.packs(release, common(Map.of()), "1111-2222-3333", null));
        assertEquals("--central-account \"1111-2222-3333\" is not a 12-digit AWS account id", account.getMessage());
        IllegalArgumentException param = assertThrows(IllegalArgumentException.class,
                () -> CentralPattern.memberRole(release, "us-east-1", "111122223333", "r", null, Map.of("LogRetentionDays", "30")));
        assertTrue(param.getMessage().startsWith("the central member role template has no parameter LogRetentionDays; it declares: CentralAccountId, "),
                param.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new CentralPattern.Common(List.of("eu-west-1"), "us-east-1", "r", false, Map.of()));
    }
}
