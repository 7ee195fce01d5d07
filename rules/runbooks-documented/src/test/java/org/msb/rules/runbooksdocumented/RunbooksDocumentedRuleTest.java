package org.msb.rules.runbooksdocumented;

import org.msb.testkit.RuleContractTest;

class RunbooksDocumentedRuleTest extends RuleContractTest {
    RunbooksDocumentedRuleTest() { super(new RunbooksDocumentedRule()); }
}
