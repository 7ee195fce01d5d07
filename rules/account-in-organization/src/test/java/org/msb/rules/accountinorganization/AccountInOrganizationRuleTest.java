package org.msb.rules.accountinorganization;

import org.msb.testkit.RuleContractTest;

/** AM-2 through its scenario folders; each decision is one scenario. */
class AccountInOrganizationRuleTest extends RuleContractTest {
    AccountInOrganizationRuleTest() { super(new AccountInOrganizationRule()); }
}
