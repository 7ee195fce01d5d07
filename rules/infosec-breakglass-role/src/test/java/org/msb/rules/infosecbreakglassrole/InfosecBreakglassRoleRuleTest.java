package org.msb.rules.infosecbreakglassrole;

import org.msb.testkit.RuleContractTest;

class InfosecBreakglassRoleRuleTest extends RuleContractTest {
    InfosecBreakglassRoleRuleTest() { super(new InfosecBreakglassRoleRule()); }
}
