package org.msb.rules.incidentalerting;

import org.msb.testkit.RuleContractTest;

class IncidentAlertingRuleTest extends RuleContractTest {
    IncidentAlertingRuleTest() { super(new IncidentAlertingRule()); }
}
