package org.msb.rules.certificaterenewal;

import org.msb.testkit.RuleContractTest;

/** DP-4 through its scenario folders (src/test/resources/scenarios). */
class CertificateRenewalRuleTest extends RuleContractTest {
    CertificateRenewalRuleTest() { super(new CertificateRenewalRule()); }
}
