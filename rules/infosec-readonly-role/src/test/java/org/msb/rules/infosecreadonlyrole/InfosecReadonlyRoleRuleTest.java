package org.msb.rules.infosecreadonlyrole;

import org.msb.testkit.RuleContractTest;

class InfosecReadonlyRoleRuleTest extends RuleContractTest {
    InfosecReadonlyRoleRuleTest() { super(new InfosecReadonlyRoleRule()); }
}
