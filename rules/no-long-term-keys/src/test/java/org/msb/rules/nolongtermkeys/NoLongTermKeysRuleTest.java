package org.msb.rules.nolongtermkeys;

import org.msb.testkit.RuleContractTest;

class NoLongTermKeysRuleTest extends RuleContractTest {
    NoLongTermKeysRuleTest() { super(new NoLongTermKeysRule()); }
}
