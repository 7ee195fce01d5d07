package org.msb.rules.s3accountpublicaccessblock;

import org.msb.testkit.RuleContractTest;

/** DP-6 through its scenario folders (src/test/resources/scenarios). */
class S3AccountPublicAccessBlockRuleTest extends RuleContractTest {
    S3AccountPublicAccessBlockRuleTest() { super(new S3AccountPublicAccessBlockRule()); }
}
