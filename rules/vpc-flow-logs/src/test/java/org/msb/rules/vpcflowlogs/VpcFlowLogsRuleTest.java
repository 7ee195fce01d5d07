package org.msb.rules.vpcflowlogs;

import org.msb.testkit.RuleContractTest;

class VpcFlowLogsRuleTest extends RuleContractTest {
    VpcFlowLogsRuleTest() { super(new VpcFlowLogsRule()); }
}
