package org.msb.cli.generate;

import org.junit.jupiter.api.Test;
import org.msb.rule.RuleSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** deploy/member-stackset.yaml: every Lambda a pack invokes exists, is wired as the contract requires, and fits CloudFormation. */
class MemberTemplateTest {

    static Map<String, Object> template(List<RuleSpec> rules) {
        return Templates.parse(MemberTemplate.render(rules, PackLayout.plan(rules)));
    }

    @Test
    void everyFunctionAPackInvokes_when_rendered_existsWithItsVersionAliasAndPermission() {
        for (List<RuleSpec> rules : List.of(GeneratedFilesTest.rules(), SyntheticSpecs.baseline())) {
            Map<String, Object> t = template(rules);
            Map<String, Map<String, Object>> resources = Templates.resources(t);
            Set<String> invoked = new HashSet<>();
            Map<String, Map<String, Object>> packs = Templates.resourcesOfType(t, "AWS::Config::ConformancePack");
            assertFalse(packs.isEmpty());
            for (Map.Entry<String, Map<String, Object>> e : packs.entrySet()) {
                Map<String, Object> pack = e.getValue();
                String body = (String) Templates.map(Templates.properties(pack), "TemplateBody").get("Fn::Sub");
                @SuppressWarnings("unchecked") List<String> dependsOn = (List<String>) pack.get("DependsOn");
                for (String alias : Templates.subVariables(body)) {
                    Map<String, Object> a = resources.get(alias);
                    assertNotNull(a, e.getKey() + " invokes " + alias + ", which the template does not create");
                    assertEquals("AWS::Lambda::Alias", a.get("Type"));
                    assertEquals("live", Templates.properties(a).get("Name"));
                    String function = (String) ((Map<?, ?>) Templates.properties(a).get("FunctionName")).get("Ref");
                    checkFunction(resources.get(function), function);
                    assertEquals(pack.get("Condition"), a.get("Condition"), alias + " exists wherever " + e.getKey() + " does");
                    String permission = alias.replace("Alias", "Permission");
                    Map<String, Object> perm = Templates.properties(resources.get(permission));
                    assertEquals(Map.of("Ref", alias), perm.get("FunctionName"), "the permission is on the alias Config invokes");
                    assertEquals("config.amazonaws.com", perm.get("Principal"));
                    assertEquals("lambda:InvokeFunction", perm.get("Action"));
                    assertEquals(Map.of("Ref", "AWS::AccountId"), perm.get("SourceAccount"), "limited to the account's own Config");
                    assertTrue(dependsOn.contains(permission), e.getKey() + " must wait for " + permission);
                    invoked.add(function);
                }
                List<String> inputNames = ((List<?>) Templates.properties(pack).get("ConformancePackInputParameters")).stream()
                        .map(p -> (String) ((Map<?, ?>) p).get("ParameterName")).toList();
                assertTrue(inputNames.size() <= 60, e.getKey() + ": " + inputNames.size() + " input parameters");
                Map<String, Object> params = Templates.map(t, "Parameters");
                assertTrue(params.keySet().containsAll(inputNames), e.getKey() + " passes outer parameters of the same names");
            }
            assertEquals(Templates.resourcesOfType(t, "AWS::Lambda::Function").keySet().stream()
                    .filter(f -> !f.equals(EvaluationStarter.FUNCTION)).collect(java.util.stream.Collectors.toSet()), invoked,
                    "every rule function is invoked by exactly the packs");
            assertTrue(Templates.map(t, "Parameters").size() <= 200 && Templates.resources(t).size() <= 500, "CloudFormation's template limits");
        }
    }

    static void checkFunction(Map<String, Object> function, String name) {
        assertNotNull(function, name);
        assertEquals("AWS::Lambda::Function", function.get("Type"));
        Map<String, Object> p = Templates.properties(function);
        assertEquals("java21", p.get("Runtime"));
        assertEquals("org.msb.internal.lambda.ConfigRuleHandler::handleRequest", p.get("Handler"));
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), p.get("SnapStart"));
        String id = ((String) p.get("FunctionName")).substring("msb-".length());
        assertEquals(Map.of("S3Bucket", Map.of("Fn::Sub", "${ArtifactBucketPrefix}-${AWS::Region}"),
                "S3Key", Map.of("Fn::Sub", "${ArtifactVersion}/" + id + ".jar")), p.get("Code"));
        assertNotNull(Templates.map(p, "Environment", "Variables").get("JAVA_TOOL_OPTIONS"));
    }

    @Test
    void functions_when_rendered_takeMemoryAndTimeoutFromTheSpec() {
        RuleSpec big = RuleSpec.builder("det-big-reader", "DET-9").title("t").baseline("b").description("d").remediation("r")
                .periodic().memoryMb(1536).timeoutSeconds(300).build();
        Map<String, Object> p = Templates.properties(Templates.resources(template(List.of(big))).get("DetBigReaderFunction"));
        assertEquals(1536, p.get("MemorySize"));
        assertEquals(300, p.get("Timeout"));
    }

    @Test
    void globalAndOptionalRules_when_rendered_existOnlyWhereTheyRun() {
        Map<String, Object> t = template(SyntheticSpecs.baseline());
        Map<String, Map<String, Object>> resources = Templates.resources(t);
        assertEquals("IsHomeRegion", resources.get("IamSyntheticControl1Function").get("Condition"));
        assertEquals("IsHomeRegion", resources.get(Names.packResource("msb-iam-global")).get("Condition"));
        assertEquals("OptionalControls", resources.get("InfSyntheticControl7Function").get("Condition"));
        assertEquals("OptionalControls", resources.get(Names.packResource("msb-extended")).get("Condition"));
        assertNull(resources.get("DetSyntheticControl2Function").get("Condition"), "regional rules everywhere");
        assertEquals(Map.of("Fn::Equals", List.of(Map.of("Ref", "AWS::Region"), Map.of("Ref", "HomeRegion"))),
                Templates.map(t, "Conditions").get("IsHomeRegion"));
    }

    @Test
    void evaluationStarter_when_rendered_coversEveryDeployedPackAndRerunsOnNewCode() {
        Map<String, Object> t = template(SyntheticSpecs.baseline());
        Map<String, Object> props = Templates.properties(Templates.resources(t).get(MemberTemplate.STARTER));
        assertEquals(Map.of("Ref", "ArtifactVersion"), props.get("ArtifactVersion"));
        String names = props.get("ConformancePackNames").toString();
        for (Pack p : PackLayout.plan(SyntheticSpecs.baseline()).deployed()) assertTrue(names.contains(Names.packResource(p.name())), p.name());
        String code = (String) Templates.map(Templates.properties(Templates.resources(t).get(EvaluationStarter.FUNCTION)), "Code").get("ZipFile");
        assertTrue(code.contains("start_config_rules_evaluation") && code.contains("cfnresponse.SUCCESS"), code);
        assertTrue(code.length() <= 4096, "inline code limit");
    }
}
