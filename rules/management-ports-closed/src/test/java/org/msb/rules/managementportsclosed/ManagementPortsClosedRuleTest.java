package org.msb.rules.managementportsclosed;

import org.msb.testkit.RuleContractTest;

/** INF-7 through its scenario folders (src/test/resources/scenarios): the network reasoning is tested in shared. */
class ManagementPortsClosedRuleTest extends RuleContractTest {
    ManagementPortsClosedRuleTest() { super(new ManagementPortsClosedRule()); }
}
