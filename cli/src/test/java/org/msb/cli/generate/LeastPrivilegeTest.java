package org.msb.cli.generate;

import org.junit.jupiter.api.Test;
import org.msb.fact.Fact;
import org.msb.rule.RuleSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every generated role allows exactly what its rule needs: no wildcard action, no write but the framework's, every
 * action traceable to a declared fact, a resource type the rule reads, or a named framework step.
 */
class LeastPrivilegeTest {
    static final Set<String> FRAMEWORK_READS = Set.of("config:DescribeConfigurationRecorders", "config:DescribeConfigurationRecorderStatus",
            "config:SelectResourceConfig", "config:ListDiscoveredResources", "config:GetResourceConfigHistory",
            "config:GetComplianceDetailsByConfigRule", "s3:GetObject", "ssm:GetParameter");
    static final Set<String> FRAMEWORK_WRITES = Set.of("config:PutEvaluations", "logs:CreateLogStream", "logs:PutLogEvents");

    @Test
    void ruleRoles_when_rendered_allowOnlyTraceableActions() {
        for (List<RuleSpec> rules : List.of(GeneratedFilesTest.rules(), SyntheticSpecs.baseline())) {
            Map<String, Map<String, Object>> resources = Templates.resources(MemberTemplateTest.template(rules));
            for (RuleSpec s : rules) {
                Set<String> allowed = new HashSet<>();
                for (Map<String, Object> st : statements(resources.get(Names.role(s)))) {
                    assertEquals("Allow", st.get("Effect"));
                    for (String a : Templates.actions(st)) {
                        assertFalse(a.contains("*"), s.id() + ": wildcard action " + a);
                        assertTrue(FRAMEWORK_WRITES.contains(a) || AccessLevel.isRead(a), s.id() + ": write action " + a);
                        allowed.add(a);
                    }
                }
                Set<String> traceable = new HashSet<>(FRAMEWORK_READS);
                traceable.addAll(FRAMEWORK_WRITES);
                for (Fact<?> f : s.facts()) traceable.addAll(f.iamActions());
                for (String type : RulePermissions.enumeratedTypes(s)) traceable.addAll(ItemReadActions.of(type));
                Set<String> untraced = new HashSet<>(allowed);
                untraced.removeAll(traceable);
                assertEquals(Set.of(), untraced, s.id() + ": actions traceable to no fact, read type or framework step");
                for (Fact<?> f : s.facts()) assertTrue(allowed.containsAll(f.iamActions()), s.id() + " lacks the actions of fact " + f.name());
                assertTrue(allowed.contains("config:PutEvaluations"));
                assertEquals(s.cleanUpStale(), allowed.contains("config:GetComplianceDetailsByConfigRule"), s.id() + ": only clean-up needs it");
                assertEquals(!RulePermissions.enumeratedTypes(s).isEmpty(), allowed.contains("config:SelectResourceConfig"),
                        s.id() + ": Config item reads only for rules that enumerate resources");
            }
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
