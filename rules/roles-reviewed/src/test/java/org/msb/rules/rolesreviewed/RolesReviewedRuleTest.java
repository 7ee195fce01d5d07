package org.msb.rules.rolesreviewed;

import org.msb.testkit.RuleContractTest;

class RolesReviewedRuleTest extends RuleContractTest {
    RolesReviewedRuleTest() { super(new RolesReviewedRule()); }
}
