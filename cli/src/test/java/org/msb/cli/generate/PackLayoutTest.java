package org.msb.cli.generate;

import org.junit.jupiter.api.Test;
import org.msb.rule.RuleSpec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Each rule in exactly the packs it belongs to, and every pack within AWS's limits, at the size of the full baseline. */
class PackLayoutTest {

    @Test
    void plan_when_fullBaseline_putsEachRuleInExactlyItsPacks() {
        List<RuleSpec> rules = SyntheticSpecs.baseline();
        assertEquals(43, rules.size());
        checkMembership(rules, PackLayout.plan(rules));
    }

    @Test
    void plan_when_rulesOfThisBuild_putsEachRuleInExactlyItsPacks() {
        List<RuleSpec> rules = GeneratedFilesTest.rules();
        checkMembership(rules, PackLayout.plan(rules));
    }

    static void checkMembership(List<RuleSpec> rules, PackLayout layout) {
        for (RuleSpec s : rules) {
            List<Pack> in = layout.all().stream().filter(p -> p.rules().contains(s)).toList();
            List<Pack.Kind> kinds = in.stream().map(Pack::kind).toList();
            if (s.optional()) {
                assertEquals(List.of(Pack.Kind.EXTENDED), kinds, s.id() + " is optional: in the extended pack only");
            } else {
                assertEquals(List.of(Pack.Kind.BASELINE, Pack.Kind.SECTION), kinds, s.id() + ": in one whole-baseline pack and one section pack");
                Pack section = in.get(1);
                assertTrue(section.name().startsWith("msb-" + s.section().name().toLowerCase()), s.id() + " in " + section.name());
                assertTrue(section.rules().stream().allMatch(r -> r.section() == s.section()), section.name() + " holds one section");
            }
            for (Pack p : in) {
                assertEquals(s.global() ? Pack.Scope.HOME_REGION : Pack.Scope.EVERY_REGION, p.scope(), s.id() + " in " + p.name());
                assertEquals(s.global(), p.name().matches(".*-global(-\\d+)?"), p.name() + " is named for its scope");
            }
            assertEquals(1, layout.deployed().stream().filter(p -> p.rules().contains(s)).count(), s.id() + " is deployed once per region");
        }
        List<String> names = layout.all().stream().map(Pack::name).toList();
        assertEquals(names.size(), names.stream().distinct().count(), "pack names are unique: " + names);
        for (Pack p : layout.all()) assertTrue(p.name().matches("[a-zA-Z][-a-zA-Z0-9]*") && p.name().length() <= 128, p.name());
    }

    @Test
    void everyPack_when_fullBaseline_staysWithinConfigLimits() {
        for (Pack p : PackLayout.plan(SyntheticSpecs.baseline()).all()) assertWithinLimits(p);
        for (Pack p : PackLayout.plan(GeneratedFilesTest.rules()).all()) assertWithinLimits(p);
    }

    /** Measured here independently of PackLimits: the file's bytes, the substituted body with the longest real ARNs. */
    static void assertWithinLimits(Pack p) {
        assertTrue(p.rules().size() <= 130, p.name() + ": " + p.rules().size() + " rules");
        String file = PackFiles.files(new PackLayout(List.of(p), List.of(), List.of(), List.of())).get("conformance-packs/" + p.name() + ".yaml");
        assertTrue(bytes(file) <= 51_200, p.name() + " file: " + bytes(file) + " bytes");
        for (PackVariant v : PackVariant.values()) {
            String body = PackRenderer.render(p, v);
            for (RuleSpec s : p.rules()) {
                String arn = "arn:aws-us-gov:lambda:us-gov-west-1:123456789012:function:msb-" + s.id() + ":live";
                body = body.replace("${" + Names.alias(s) + "}", arn)
                        .replace("arn:${AWS::Partition}:lambda:${AWS::Region}:${CentralAccountId}:function:msb-" + s.id() + ":live", arn);
            }
            assertFalse(body.replace("${!", "").contains("${"), p.name() + " " + v + ": a placeholder is left unsubstituted");
            assertTrue(bytes(body) <= 51_200, p.name() + " " + v + ": " + bytes(body) + " bytes");
            Map<String, Object> parsed = Templates.parse(body);
            assertTrue(Templates.map(parsed, "Parameters").size() <= 60, p.name() + " " + v + ": parameters");
        }
    }

    @Test
    void plan_when_parametersExceedSixty_splitsAndSaysWhy() {
        List<RuleSpec> rules = SyntheticSpecs.baseline(4);   // ~190 parameters: no whole-baseline pack can hold them
        PackLayout layout = PackLayout.plan(rules);
        List<String> baseline = layout.baseline().stream().map(Pack::name).toList();
        assertTrue(baseline.containsAll(List.of("msb-baseline-1", "msb-baseline-2")), baseline.toString());
        assertTrue(layout.notes().stream().anyMatch(n -> n.startsWith("msb-baseline is split into msb-baseline-1, msb-baseline-2")
                && n.contains("parameters")), layout.notes().toString());
        assertTrue(layout.notes().get(0).startsWith("The whole baseline is two packs, not one"), layout.notes().get(0));
        checkMembership(rules, layout);
        for (Pack p : layout.all()) assertWithinLimits(p);
        assertTrue(PackFiles.readme(layout).contains("## Why some packs are split"));
    }

    @Test
    void plan_when_oneRuleAloneIsTooBig_namesIt() {
        // 58 short parameters pass the InputParameters limit, but with the pack's own parameters make 61
        RuleSpec.Builder b = RuleSpec.builder("dp-synthetic-control-1", "DP-1").title("t").baseline("b").description("d").remediation("r").periodic();
        for (int i = 1; i <= 58; i++) b.param(org.msb.rule.ParameterSpec.string("p" + i, null, "a parameter"));
        RuleSpec huge = b.build();
        assertDoesNotThrow(() -> PackLimits.checkRule(huge));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PackLayout.plan(List.of(huge)));
        assertTrue(e.getMessage().contains("rule dp-synthetic-control-1") && e.getMessage().contains("parameters"), e.getMessage());
    }

    @Test
    void plan_when_noGlobalRules_makesOneWholeBaselinePack() {
        List<RuleSpec> regional = new ArrayList<>(SyntheticSpecs.baseline().stream().filter(s -> !s.global() && !s.optional()).limit(5).toList());
        PackLayout layout = PackLayout.plan(regional);
        assertEquals(List.of("msb-baseline"), layout.baseline().stream().map(Pack::name).toList());
        assertEquals(List.of(), layout.notes());
    }

    @Test
    void checkRule_when_inputParametersTooLong_namesTheRule() {
        RuleSpec s = SyntheticSpecs.rule("DP", 2, false, false, 0);
        RuleSpec wide = SyntheticSpecs.rule("DP", 3, false, false, 30);
        assertDoesNotThrow(() -> PackLimits.checkRule(s));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> PackLimits.checkRule(wide));
        assertTrue(e.getMessage().startsWith("rule dp-synthetic-control-3: its InputParameters"), e.getMessage());
    }

    private static int bytes(String s) { return s.getBytes(StandardCharsets.UTF_8).length; }
}
