package org.msb.rules.internetfacingroute53;

import org.msb.testkit.RuleContractTest;

/** INF-5 internet-facing-route53 through its scenario folders (src/test/resources/scenarios). */
class InternetFacingRoute53RuleTest extends RuleContractTest {
    InternetFacingRoute53RuleTest() { super(new InternetFacingRoute53Rule()); }
}
