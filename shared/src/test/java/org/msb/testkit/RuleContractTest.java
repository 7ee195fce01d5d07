package org.msb.testkit;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.msb.rule.Rule;

import java.util.stream.Stream;

/**
 * What every rule module's test must show, written once: each scenario folder under
 * {@code src/test/resources/scenarios/} passes, the module is wired (folder = rule id, registered, facts'
 * SDK modules present, defaults valid), and the scenarios cover COMPLIANT, NON_COMPLIANT, NOT_APPLICABLE,
 * a valid and an expired exception and a bad parameter. A rule's test class is then:
 * <pre>
 * class PasswordPolicyRuleTest extends RuleContractTest {
 *     PasswordPolicyRuleTest() { super(new PasswordPolicyRule()); }
 *     // named tests only where the reasoning earns a name, using kit().given()...
 * }
 * </pre>
 */
public abstract class RuleContractTest {
    private final RuleTestKit kit;

    protected RuleContractTest(Rule rule) { this.kit = RuleTestKit.of(rule); }

    protected RuleTestKit kit() { return kit; }

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return kit.scenarios().map(s -> DynamicTest.dynamicTest(s.name() + ": " + s.description(), () -> kit.verify(s)));
    }

    @Test
    void moduleIsWiredAsTheFrameworkExpects() { kit.verifyModule(); }

    @Test
    void scenariosCoverEveryRequiredCase() { kit.verifyCoverage(); }
}
