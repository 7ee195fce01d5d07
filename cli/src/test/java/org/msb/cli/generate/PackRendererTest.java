package org.msb.cli.generate;

import org.junit.jupiter.api.Test;
import org.msb.rule.RuleSpec;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The rules of a pack as Config needs them (contract sections 1 and 13), read back with an independent YAML parser. */
class PackRendererTest {
    static final Set<String> FREQUENCIES = Set.of("One_Hour", "Three_Hours", "Six_Hours", "Twelve_Hours", "TwentyFour_Hours");

    @Test
    void everyRule_when_rendered_followsTheConfigRuleContract() {
        for (List<RuleSpec> rules : List.of(GeneratedFilesTest.rules(), SyntheticSpecs.baseline())) {
            for (Pack p : PackLayout.plan(rules).all()) {
                for (PackVariant v : PackVariant.values()) checkPack(p, v);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static void checkPack(Pack pack, PackVariant variant) {
        Map<String, Object> t = Templates.parse(PackRenderer.render(pack, variant));
        assertEquals(Set.of("Parameters", "Resources"), t.keySet(), pack.name());
        Map<String, Object> params = Templates.map(t, "Parameters");
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, Object> e : params.entrySet()) {
            Map<String, Object> d = (Map<String, Object>) e.getValue();
            assertEquals("String", d.get("Type"), e.getKey() + ": cfn-lint accepts only String pack parameters");
            if (!e.getKey().equals(PackRenderer.LAMBDA_ARN_PREFIX)) assertInstanceOf(String.class, d.get("Default"), e.getKey() + " has a quoted default");
        }
        Map<String, Map<String, Object>> resources = Templates.resources(t);
        assertEquals(pack.rules().size(), resources.size());
        for (RuleSpec s : pack.rules()) {
            Map<String, Object> rule = resources.get(Names.logicalId(s));
            assertEquals("AWS::Config::ConfigRule", rule.get("Type"), "only ConfigRule resources in a pack");
            Map<String, Object> props = Templates.properties(rule);
            String name = (String) props.get("ConfigRuleName");
            assertTrue(name.length() + 26 <= 64, name + " with the pack's suffix fits GetComplianceDetailsByConfigRule");
            String description = (String) props.get("Description");
            assertTrue(description.startsWith(s.controlId() + ": ") && description.length() <= 256, description);

            Map<String, Object> source = Templates.map(props, "Source");
            assertEquals("CUSTOM_LAMBDA", source.get("Owner"));
            List<Map<String, Object>> details = (List<Map<String, Object>>) source.get("SourceDetails");
            List<String> types = details.stream().map(d -> (String) d.get("MessageType")).toList();
            for (Map<String, Object> d : details) {
                assertEquals("aws.config", d.get("EventSource"));
                if (d.get("MessageType").equals("ScheduledNotification")) {
                    assertTrue(FREQUENCIES.contains((String) d.get("MaximumExecutionFrequency")), "frequency " + d);
                } else {
                    assertFalse(d.containsKey("MaximumExecutionFrequency"), "only periodic sources carry a frequency");
                }
            }
            if (s.isChangeTriggered()) {
                assertTrue(types.containsAll(List.of("ConfigurationItemChangeNotification", "OversizedConfigurationItemChangeNotification")),
                        s.id() + ": both change message types, or oversized items never arrive");
                assertEquals(s.changeTypes(), Templates.map(props, "Scope").get("ComplianceResourceTypes"));
            } else {
                assertFalse(props.containsKey("Scope"), s.id());
            }
            assertEquals(s.isPeriodic(), types.contains("ScheduledNotification"), s.id());
            assertEquals(types.size(), new HashSet<>(types).size(), "no duplicate source");

            Object identifier = source.get("SourceIdentifier");
            switch (variant) {
                case STANDALONE -> assertEquals(Map.of("Fn::Join", List.of("", List.of(Map.of("Ref", "LambdaArnPrefix"), s.id() + ":live"))), identifier);
                case MEMBER_STACK -> assertEquals("${" + Names.alias(s) + "}", identifier);
                case CENTRAL_ORGANIZATION -> assertEquals("arn:${AWS::Partition}:lambda:${AWS::Region}:${CentralAccountId}:function:msb-" + s.id() + ":live", identifier);
            }
            if (variant == PackVariant.STANDALONE) used.add(PackRenderer.LAMBDA_ARN_PREFIX);

            Map<String, Object> input = Templates.map(props, "InputParameters");
            Set<String> expectedKeys = new HashSet<>();
            s.parameters().forEach(p -> expectedKeys.add(p.name()));
            expectedKeys.add("ExceptionRegister");
            if (variant.executionRole()) expectedKeys.add("ExecutionRoleName");
            if (s.global()) expectedKeys.add("HomeRegion");
            assertEquals(expectedKeys, input.keySet(), s.id() + ": every parameter passed, the framework's included");
            for (Object value : input.values()) {
                String ref = (String) ((Map<String, Object>) value).get("Ref");
                assertTrue(params.containsKey(ref), s.id() + " refers to undeclared " + ref);
                used.add(ref);
            }
            s.parameters().forEach(p -> assertEquals(p.defaultValue() == null ? "" : p.defaultValue(),
                    ((Map<String, Object>) params.get(Names.packParameter(s, p))).get("Default"), p.name() + " keeps its default"));
        }
        assertEquals(params.keySet(), used, pack.name() + " " + variant + ": every declared parameter is used");
    }

    @Test
    void render_when_substituted_escapesLiteralDollarBraces() {
        RuleSpec s = RuleSpec.builder("dp-odd-text", "DP-9").title("t").baseline("b").remediation("r").periodic()
                .description("Mentions ${AWS::Region} literally").build();
        Pack p = new Pack("msb-dp", Pack.Scope.EVERY_REGION, Pack.Kind.SECTION, "DP", List.of(s));
        String member = PackRenderer.render(p, PackVariant.MEMBER_STACK);
        assertTrue(member.contains("Mentions ${!AWS::Region} literally"), member);
        assertTrue(member.contains("SourceIdentifier: ${DpOddTextAlias}"), member);
        assertTrue(PackRenderer.render(p, PackVariant.STANDALONE).contains("Mentions ${AWS::Region} literally"));
    }
}
