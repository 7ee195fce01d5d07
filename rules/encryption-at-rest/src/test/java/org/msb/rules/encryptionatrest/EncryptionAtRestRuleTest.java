package org.msb.rules.encryptionatrest;

import org.msb.testkit.RuleContractTest;

/** DP-1 through its scenario folders (src/test/resources/scenarios). */
class EncryptionAtRestRuleTest extends RuleContractTest {
    EncryptionAtRestRuleTest() { super(new EncryptionAtRestRule()); }
}
