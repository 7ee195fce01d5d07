package org.msb.rules.securitygroupsrestricted;

import org.msb.testkit.RuleContractTest;

/** INF-3 security-groups-restricted through its scenario folders (src/test/resources/scenarios). */
class SecurityGroupsRestrictedRuleTest extends RuleContractTest {
    SecurityGroupsRestrictedRuleTest() { super(new SecurityGroupsRestrictedRule()); }
}
