package org.msb.rules.guarddutyenabled;

import org.msb.testkit.RuleContractTest;

class GuarddutyEnabledRuleTest extends RuleContractTest {
    GuarddutyEnabledRuleTest() { super(new GuarddutyEnabledRule()); }
}
