package org.msb.rules.logscentralized;

import org.msb.testkit.RuleContractTest;

class LogsCentralizedRuleTest extends RuleContractTest {
    LogsCentralizedRuleTest() { super(new LogsCentralizedRule()); }
}
