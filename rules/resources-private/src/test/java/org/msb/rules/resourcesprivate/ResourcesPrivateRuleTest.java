package org.msb.rules.resourcesprivate;

import org.msb.testkit.RuleContractTest;

/** DP-5 through its scenario folders (src/test/resources/scenarios). */
class ResourcesPrivateRuleTest extends RuleContractTest {
    ResourcesPrivateRuleTest() { super(new ResourcesPrivateRule()); }
}
