package org.msb.rules.patchcompliance;

import org.msb.testkit.RuleContractTest;

/** INF-1 patch-compliance through its scenario folders (src/test/resources/scenarios). */
class PatchComplianceRuleTest extends RuleContractTest {
    PatchComplianceRuleTest() { super(new PatchComplianceRule()); }
}
