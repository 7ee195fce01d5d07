package org.msb.rules.accesskeysrotated;

import org.msb.testkit.RuleContractTest;

class AccessKeysRotatedRuleTest extends RuleContractTest {
    AccessKeysRotatedRuleTest() { super(new AccessKeysRotatedRule()); }
}
