package org.msb.rules.leastprivilege;

import org.msb.testkit.RuleContractTest;

class LeastPrivilegeRuleTest extends RuleContractTest {
    LeastPrivilegeRuleTest() { super(new LeastPrivilegeRule()); }
}
