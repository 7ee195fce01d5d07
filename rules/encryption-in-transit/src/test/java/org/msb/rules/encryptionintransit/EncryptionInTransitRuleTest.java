package org.msb.rules.encryptionintransit;

import org.msb.testkit.RuleContractTest;

/** DP-2 through its scenario folders (src/test/resources/scenarios). */
class EncryptionInTransitRuleTest extends RuleContractTest {
    EncryptionInTransitRuleTest() { super(new EncryptionInTransitRule()); }
}
