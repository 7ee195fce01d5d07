package org.msb.rules.irplantested;

import org.msb.testkit.RuleContractTest;

class IrPlanTestedRuleTest extends RuleContractTest {
    IrPlanTestedRuleTest() { super(new IrPlanTestedRule()); }
}
