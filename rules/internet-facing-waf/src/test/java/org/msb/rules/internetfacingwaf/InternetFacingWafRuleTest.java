package org.msb.rules.internetfacingwaf;

import org.msb.testkit.RuleContractTest;

/** INF-4 internet-facing-waf through its scenario folders (src/test/resources/scenarios). */
class InternetFacingWafRuleTest extends RuleContractTest {
    InternetFacingWafRuleTest() { super(new InternetFacingWafRule()); }
}
