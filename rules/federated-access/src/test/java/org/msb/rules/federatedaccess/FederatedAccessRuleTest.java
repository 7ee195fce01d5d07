package org.msb.rules.federatedaccess;

import org.msb.testkit.RuleContractTest;

class FederatedAccessRuleTest extends RuleContractTest {
    FederatedAccessRuleTest() { super(new FederatedAccessRule()); }
}
