package org.msb.rules.sessionmanageraccess;

import org.msb.testkit.RuleContractTest;

/** INF-10 session-manager-access (optional) through its scenario folders (src/test/resources/scenarios). */
class SessionManagerAccessRuleTest extends RuleContractTest {
    SessionManagerAccessRuleTest() { super(new SessionManagerAccessRule()); }
}
