package org.msb.rules.accessanalyzerenabled;

import org.msb.testkit.RuleContractTest;

class AccessAnalyzerEnabledRuleTest extends RuleContractTest {
    AccessAnalyzerEnabledRuleTest() { super(new AccessAnalyzerEnabledRule()); }
}
