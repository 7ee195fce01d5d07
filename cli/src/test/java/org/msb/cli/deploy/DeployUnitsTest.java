package org.msb.cli.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msb.cli.scan.RuleCatalog;
import org.msb.rule.Rule;
import org.msb.rule.RuleSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The parts of a deployment decided without AWS: the release and its version, the parameters, grouping and messages. */
class DeployUnitsTest {
    @TempDir Path jars;
    final List<RuleSpec> rules = RuleCatalog.load().rules().stream().map(Rule::spec).toList();

    private void writeJars(String salt) throws IOException {
        for (RuleSpec s : rules) Files.writeString(jars.resolve(s.id() + ".jar"), "jar of " + s.id() + salt);
    }

    @Test
    void release_when_contentUnchanged_keepsItsVersion_andChangesWithAnyJar() throws IOException {
        writeJars("");
        Release a = Release.of(rules, Path.of("."), jars, null);
        Release b = Release.of(rules, Path.of("."), jars, null);
        assertEquals(a.version(), b.version());
        assertTrue(a.version().matches("[0-9a-f]{12}"), a.version());
        assertEquals(a.version() + "/password-policy.jar", a.jars().stream().filter(j -> j.key().endsWith("/password-policy.jar")).findFirst().orElseThrow().key());
        assertEquals(a.version() + "/member-stackset.yaml", a.memberTemplate().key());
        Files.writeString(jars.resolve(rules.get(0).id() + ".jar"), "rebuilt");
        assertNotEquals(a.version(), Release.of(rules, Path.of("."), jars, null).version());
        assertEquals("1.2.0", Release.of(rules, Path.of("."), jars, "1.2.0").version());
    }

    @Test
    void release_when_aJarIsMissing_namesTheRuleAndHowToBuild() throws IOException {
        writeJars("");
        Files.delete(jars.resolve("s3-access-logging.jar"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Release.of(rules, Path.of("."), jars, null));
        assertTrue(e.getMessage().startsWith("no Lambda jar for rule(s) s3-access-logging (" + jars.resolve("s3-access-logging.jar")), e.getMessage());
        assertTrue(e.getMessage().contains("mvn -B -DskipTests package"), e.getMessage());
    }

    @Test
    void release_when_badVersion_refuses() throws IOException {
        writeJars("");
        assertThrows(IllegalArgumentException.class, () -> Release.of(rules, Path.of("."), jars, "1.0 beta"));
    }

    @Test
    void objectsFor_when_apiRegion_addsTheTemplate() throws IOException {
        writeJars("");
        Release r = Release.of(rules, Path.of("."), jars, null);
        assertEquals(rules.size() + 1, r.objectsFor("us-east-1", "us-east-1").size());
        assertEquals(rules.size(), r.objectsFor("eu-west-1", "us-east-1").size());
    }

    static DeploySettings settings(Map<String, String> params) {
        return new DeploySettings("msb-baseline", "us-east-1", List.of("ou-ab12-workload1"), List.of("us-east-1", "eu-west-1"), "us-east-1",
                null, null, DeploySettings.CallAs.SELF, null, null, params, 25, 10, 60, 1, false);
    }

    @Test
    void parameters_when_registerGiven_deriveItsIamResource() throws IOException {
        writeJars("");
        Release r = Release.of(rules, Path.of("."), jars, null);
        Map<String, String> p = StackSetParameters.of(settings(Map.of("ExceptionRegister", "s3://msb-registers/prod/register.yaml")), r, "msb-art");
        assertEquals("arn:aws:s3:::msb-registers/prod/register.yaml", p.get("ExceptionRegisterReadArn"));
        assertEquals("arn:aws:ssm:*:*:parameter/msb/register", StackSetParameters.registerArn("ssm:/msb/register", "aws"));
        assertEquals("arn:aws-cn:ssm:*:*:parameter/reg", StackSetParameters.registerArn("ssm:reg", "aws-cn"));
        assertEquals(Map.of("ArtifactBucketPrefix", "msb-art", "ArtifactVersion", r.version(), "HomeRegion", "us-east-1"),
                StackSetParameters.of(settings(Map.of()), r, "msb-art"));
    }

    @Test
    void parameters_when_unknownName_listsTheDeclaredOnes() throws IOException {
        writeJars("");
        Release r = Release.of(rules, Path.of("."), jars, null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StackSetParameters.of(settings(Map.of("MinimumPasswordLength", "16")), r, "msb-art"));
        assertTrue(e.getMessage().startsWith("the member template has no parameter MinimumPasswordLength; it declares: ")
                && e.getMessage().contains("PasswordPolicyParamMinimumPasswordLength"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> StackSetParameters.of(settings(Map.of("ArtifactVersion", "x")), r, "msb-art"));
    }

    @Test
    void settings_when_homeRegionNotDeployedOrBadOu_refuse() {
        IllegalArgumentException home = assertThrows(IllegalArgumentException.class, () -> new DeploySettings("msb-baseline", "us-east-1",
                List.of("ou-ab12-workload1"), List.of("eu-west-1"), "us-east-1", null, null, DeploySettings.CallAs.SELF, null, null, Map.of(), 25, 10, 60, 1, false));
        assertTrue(home.getMessage().contains("home region us-east-1 is not one of the regions deployed to"), home.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DeploySettings("msb-baseline", "us-east-1", List.of("workloads"),
                List.of("us-east-1"), "us-east-1", null, null, DeploySettings.CallAs.SELF, null, null, Map.of(), 25, 10, 60, 1, false));
        assertEquals(List.of("eu-west-1", "us-east-1"), new DeploySettings("msb-baseline", "us-east-1", List.of("r-ab12"), List.of("eu-west-1"),
                "eu-west-1", null, null, DeploySettings.CallAs.SELF, null, null, Map.of(), 25, 10, 60, 1, false).bucketRegions());
    }

    @Test
    void instanceGroups_when_ousMissDifferentRegions_makeOneCallPerRegionSet() {
        Map<List<String>, List<String>> groups = Deployer.instanceGroups(List.of(new Target("ou-a", "us-east-1"), new Target("ou-a", "eu-west-1"),
                new Target("ou-b", "us-east-1"), new Target("ou-b", "eu-west-1"), new Target("ou-c", "eu-west-1")));
        assertEquals(Map.of(List.of("us-east-1", "eu-west-1"), List.of("ou-a", "ou-b"), List.of("eu-west-1"), List.of("ou-c")), groups);
    }

    @Test
    void sameTemplate_when_onlyLineEndingsDiffer_isTrue() {
        assertTrue(Deployer.sameTemplate("a: 1\nb: 2\n", "a: 1\r\nb: 2  \r\n"));
        assertFalse(Deployer.sameTemplate("a: 1\nb: 2\n", "a: 1\nb: 3\n"));
        assertFalse(Deployer.sameTemplate("a: 1\n", null));
    }

    @Test
    void changedParameters_when_removedOrChanged_namesEach() {
        assertEquals(List.of("B", "C (back to its default)"), Deployer.changedParameters(Map.of("A", "1", "B", "2", "C", "3"), Map.of("A", "1", "B", "9")));
    }

    @Test
    void resources_when_reasonNamesFailedResources_extractsThem() {
        assertEquals("PasswordPolicyFunction, PackMsbIamGlobal",
                OperationWaiter.resources("The following resource(s) failed to create: [PasswordPolicyFunction, PackMsbIamGlobal]. "));
        assertNull(OperationWaiter.resources("Account 111122223333 should have 'AWSCloudFormationStackSetExecutionRole' role"));
        assertEquals("https://b.s3.cn-north-1.amazonaws.com.cn/v/t.yaml", Deployer.templateUrl("b", "cn-north-1", "v/t.yaml"));
    }
}
