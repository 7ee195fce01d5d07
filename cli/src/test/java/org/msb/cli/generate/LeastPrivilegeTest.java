package org.msb.cli.generate;

import org.junit.jupiter.api.Test;
import org.msb.fact.Fact;
import org.msb.rule.RuleSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every generated role allows exactly what its rule needs: no wildcard action, no write but the framework's, and
 * the allowed set EQUALS the union of the rule's fact actions, the reads of the resource types it enumerates and
 * the framework steps it takes (nothing missing, nothing extra).
 */
class LeastPrivilegeTest {
    /** The live item reads (ConfigServiceItemSource, RecorderCoverage) of a rule that enumerates resources. */
    static final Set<String> CONFIG_ITEM_READS = Set.of("config:DescribeConfigurationRecorders", "config:DescribeConfigurationRecorderStatus",
            "config:SelectResourceConfig", "config:ListDiscoveredResources", "config:GetResourceConfigHistory");
    /** The exception register (ExceptionRegisterLoader), in its own statement scoped to the register's ARN. */
    static final Set<String> REGISTER_READS = Set.of("s3:GetObject", "ssm:GetParameter");
    static final Set<String> FRAMEWORK_WRITES = Set.of("config:PutEvaluations", "logs:CreateLogStream", "logs:PutLogEvents");

    @Test
    void ruleRoles_when_rendered_allowExactlyTheirFactsItemReadsAndFrameworkSteps() {
        for (List<RuleSpec> rules : List.of(GeneratedFilesTest.rules(), SyntheticSpecs.baseline())) {
            Map<String, Map<String, Object>> resources = Templates.resources(MemberTemplateTest.template(rules));
            for (RuleSpec s : rules) {
                Set<String> allowed = new HashSet<>();
                for (Map<String, Object> st : statements(resources.get(Names.role(s)))) {
                    assertEquals("Allow", st.get("Effect"));
                    for (String a : Templates.actions(st)) {
                        assertFalse(a.contains("*"), s.id() + ": wildcard action " + a);
                        assertTrue(FRAMEWORK_WRITES.contains(a) || AccessLevel.isRead(a), s.id() + ": write action " + a);
                        assertTrue(allowed.add(a), s.id() + ": " + a + " granted twice");
                    }
                }
                assertEquals(new TreeSet<>(needed(s)), new TreeSet<>(allowed), s.id() + ": the role must allow exactly what the rule needs");
            }
        }
    }

    /**
     * What a rule needs, computed here independently of RulePermissions: its facts' actions, the reads of the
     * types it enumerates (Config item reads plus the describe-API fallback), and the framework steps it takes.
     */
    static Set<String> needed(RuleSpec s) {
        Set<String> needed = new HashSet<>(FRAMEWORK_WRITES);
        needed.addAll(REGISTER_READS);
        for (Fact<?> f : s.facts()) needed.addAll(f.iamActions());
        Set<String> types = RulePermissions.enumeratedTypes(s);
        if (!types.isEmpty()) needed.addAll(CONFIG_ITEM_READS);
        for (String type : types) needed.addAll(ItemReadActions.of(type));
        if (s.isChangeTriggered()) needed.add("config:GetResourceConfigHistory");  // oversized items
        if (s.cleanUpStale()) needed.add("config:GetComplianceDetailsByConfigRule");  // vanished resources
        return needed;
    }

    @Test
    void needed_when_aRuleReadsNoTypes_grantsNoConfigItemReads() {
        RuleSpec ir3 = GeneratedFilesTest.rules().stream().filter(r -> r.id().equals("ir-plan-tested")).findFirst().orElseThrow();
        assertEquals(Set.of("config:PutEvaluations", "logs:CreateLogStream", "logs:PutLogEvents", "s3:GetObject", "ssm:GetParameter"), needed(ir3));
    }

    @Test
    void controlsDoc_when_generated_listsEachRulesInAccountActions() {
        List<RuleSpec> rules = GeneratedFilesTest.rules();
        String doc = Generator.generate(rules).get(ControlsDoc.FILE);
        for (RuleSpec s : rules) {
            String row = doc.lines().filter(l -> l.contains("| `" + s.id() + "` |")).findFirst().orElseThrow(() -> new AssertionError(s.id() + " has no row"));
            Set<String> listed = new TreeSet<>();
            String column = row.split(" \\| ")[6];  // Control | Rule | Section | Title | Trigger | Parameters | IAM actions
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("`([a-z0-9-]+:[A-Za-z0-9]+)`").matcher(column);
            while (m.find()) listed.add(m.group(1));
            Set<String> expected = new TreeSet<>(needed(s));
            expected.removeAll(FRAMEWORK_WRITES);  // every rule's: named once in the doc's legend
            expected.removeAll(REGISTER_READS);
            assertEquals(expected, listed, s.id() + ": docs/controls.md lists the role's actions");
        }
    }

    @Test
    void registerAndLogs_when_rendered_areScopedToTheirResources() {
        RuleSpec s = GeneratedFilesTest.rules().get(0);
        List<Map<String, Object>> st = statements(Templates.resources(MemberTemplateTest.template(List.of(s))).get(Names.role(s)));
        Map<String, Object> logs = st.stream().filter(x -> "Logs".equals(x.get("Sid"))).findFirst().orElseThrow();
        assertEquals(Map.of("Fn::GetAtt", List.of(Names.logGroup(s), "Arn")), logs.get("Resource"));
        Map<String, Object> register = st.stream().filter(x -> "ExceptionRegister".equals(x.get("Sid"))).findFirst().orElseThrow();
        assertEquals(Map.of("Ref", "ExceptionRegisterReadArn"), register.get("Resource"));
    }

    @Test
    void inAccount_when_aFactDeclaresAWriteOrWildcard_refusesNamingRuleAndFact() {
        for (String bad : List.of("ec2:DeleteSecurityGroup", "s3:*", "iam:Get*")) {
            Fact<String> f = new Fact<>("test.bad", String.class, List.of(bad), "x.Loader", true, "d");
            RuleSpec s = RuleSpec.builder("inf-bad-fact", "INF-8").title("t").baseline("b").description("d").remediation("r").periodic().reads(f).build();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> RulePermissions.inAccount(s));
            assertTrue(e.getMessage().startsWith("rule inf-bad-fact: IAM action") && e.getMessage().contains("fact test.bad"), e.getMessage());
        }
    }

    @Test
    void centralRoles_when_rendered_splitDutiesBetweenFunctionAndMemberRole() {
        List<RuleSpec> rules = SyntheticSpecs.baseline();
        Map<String, Map<String, Object>> functions = Templates.resources(Templates.parse(CentralTemplates.functions(rules)));
        for (RuleSpec s : rules) {
            Set<String> actions = new HashSet<>();
            statements(functions.get(Names.role(s))).forEach(st -> actions.addAll(Templates.actions(st)));
            assertEquals(Set.of("sts:AssumeRole", "logs:CreateLogStream", "logs:PutLogEvents"), actions, s.id() + ": a central function only assumes the member role");
            assertEquals("/msb/", Templates.properties(functions.get(Names.role(s))).get("Path"));
            assertNull(Templates.properties(functions.get(Names.permission(s))).get("SourceAccount"), "every member's Config invokes it");
        }
        Map<String, Object> member = Templates.parse(CentralTemplates.memberRole(rules));
        Set<String> memberActions = new HashSet<>();
        for (Map<String, Object> policy : Templates.resourcesOfType(member, "AWS::IAM::ManagedPolicy").values()) {
            for (Object st : (List<?>) Templates.map(Templates.properties(policy), "PolicyDocument").get("Statement")) {
                @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) st;
                if (m.containsKey("Fn::If")) continue;  // the register statement
                memberActions.addAll(Templates.actions(m));
            }
            assertTrue(YamlEmitter.write(Templates.properties(policy)).length() < 6144, "managed-policy size limit");
        }
        Set<String> expected = new HashSet<>();
        rules.forEach(s -> RulePermissions.inAccount(s).forEach(g -> expected.add(g.action())));
        assertEquals(expected, memberActions, "the member role holds exactly the rules' in-account actions");
        assertFalse(memberActions.contains("sts:AssumeRole"));
        Map<String, Object> trust = Templates.map(Templates.properties(Templates.resources(member).get("ExecutionRole")), "AssumeRolePolicyDocument");
        String trustText = trust.toString();
        assertTrue(trustText.contains("aws:PrincipalArn") && trustText.contains(":role/msb/*"), "trusts only the central functions' roles: " + trustText);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> statements(Map<String, Object> role) {
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (Object policy : (List<?>) Templates.properties(role).get("Policies")) {
            for (Object st : (List<?>) Templates.map(policy, "PolicyDocument").get("Statement")) {
                Map<String, Object> m = (Map<String, Object>) st;
                if (m.containsKey("Fn::If")) m = (Map<String, Object>) ((List<?>) m.get("Fn::If")).get(1);
                out.add(m);
            }
        }
        return out;
    }
}
