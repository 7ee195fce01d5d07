package org.msb.rules.securityhubstandards;

import org.msb.testkit.RuleContractTest;

class SecurityhubStandardsRuleTest extends RuleContractTest {
    SecurityhubStandardsRuleTest() { super(new SecurityhubStandardsRule()); }
}
