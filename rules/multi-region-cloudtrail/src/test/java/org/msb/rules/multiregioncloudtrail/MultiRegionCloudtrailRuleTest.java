package org.msb.rules.multiregioncloudtrail;

import org.msb.testkit.RuleContractTest;

class MultiRegionCloudtrailRuleTest extends RuleContractTest {
    MultiRegionCloudtrailRuleTest() { super(new MultiRegionCloudtrailRule()); }
}
