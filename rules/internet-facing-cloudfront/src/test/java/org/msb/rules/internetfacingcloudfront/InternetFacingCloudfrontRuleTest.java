package org.msb.rules.internetfacingcloudfront;

import org.msb.testkit.RuleContractTest;

/** INF-6 internet-facing-cloudfront through its scenario folders (src/test/resources/scenarios). */
class InternetFacingCloudfrontRuleTest extends RuleContractTest {
    InternetFacingCloudfrontRuleTest() { super(new InternetFacingCloudfrontRule()); }
}
