package org.msb.rules.consolemfa;

import org.msb.testkit.RuleContractTest;

class ConsoleMfaRuleTest extends RuleContractTest {
    ConsoleMfaRuleTest() { super(new ConsoleMfaRule()); }
}
