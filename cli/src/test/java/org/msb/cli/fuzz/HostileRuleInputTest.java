package org.msb.cli.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.msb.cli.scan.RuleCatalog;
import org.msb.engine.ParameterValidator;
import org.msb.engine.RuleResult;
import org.msb.engine.RuleRunner;
import org.msb.internal.world.StaticAccountView;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.register.ExceptionRegister;
import org.msb.rule.Compliance;
import org.msb.rule.Rule;
import org.msb.testkit.LargeSecurityGroup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The INF rules that read security groups, on a group with 10,000 rules: they finish (the timeout is a hang guard,
 * not a performance claim) and decide right, with and without one rule that opens SSH to the world.
 */
@Timeout(120)
class HostileRuleInputTest {
    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final List<String> SG_RULES = List.of("management-ports-closed", "security-groups-restricted");

    @Test
    void tenThousandRulesFromSingleHostsAreCompliant() {
        ConfigurationItem sg = ConfigurationItemParser.parse(LargeSecurityGroup.item(10_000));
        for (String id : SG_RULES) {
            List<RuleResult> results = evaluate(id, sg);
            assertEquals(1, results.size(), id);
            assertEquals(Compliance.COMPLIANT, results.get(0).evaluation().compliance(), id + ": " + results.get(0).evaluation().annotation());
        }
    }

    @Test
    void tenThousandRulesAndSshOpenToTheWorldAreNonCompliantNamingThePort() {
        ConfigurationItem sg = ConfigurationItemParser.parse(LargeSecurityGroup.withIngress(LargeSecurityGroup.item(10_000), 22, "0.0.0.0/0"));
        for (String id : SG_RULES) {
            List<RuleResult> results = evaluate(id, sg);
            assertEquals(1, results.size(), id);
            assertEquals(Compliance.NON_COMPLIANT, results.get(0).evaluation().compliance(), id);
            assertTrue(results.get(0).evaluation().annotation().contains("22"), id + ": " + results.get(0).evaluation().annotation());
        }
    }

    private static List<RuleResult> evaluate(String ruleId, ConfigurationItem item) {
        Rule rule = RuleCatalog.load().rules().stream().filter(r -> r.spec().id().equals(ruleId)).findFirst().orElseThrow();
        StaticAccountView view = new StaticAccountView("123456789012", "eu-west-1", List.of(item), Map.of(), "not in this test");
        RuleRunner.Context ctx = new RuleRunner.Context(view, ExceptionRegister.empty(), NOW, ParameterValidator.validate(rule.spec(), Map.of()));
        return new RuleRunner(rule).change(item, false, NOW, ctx);
    }
}
