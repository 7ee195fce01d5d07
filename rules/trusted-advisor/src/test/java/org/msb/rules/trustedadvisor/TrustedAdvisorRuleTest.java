package org.msb.rules.trustedadvisor;

import org.msb.testkit.RuleContractTest;

class TrustedAdvisorRuleTest extends RuleContractTest {
    TrustedAdvisorRuleTest() { super(new TrustedAdvisorRule()); }
}
