package org.msb.rules.nosharedusers;

import org.msb.testkit.RuleContractTest;

class NoSharedUsersRuleTest extends RuleContractTest {
    NoSharedUsersRuleTest() { super(new NoSharedUsersRule()); }
}
