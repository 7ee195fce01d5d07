package org.msb.rules.privatesubnetsnat;

import org.msb.testkit.RuleContractTest;

/** INF-8 private-subnets-nat through its scenario folders (src/test/resources/scenarios). */
class PrivateSubnetsNatRuleTest extends RuleContractTest {
    PrivateSubnetsNatRuleTest() { super(new PrivateSubnetsNatRule()); }
}
