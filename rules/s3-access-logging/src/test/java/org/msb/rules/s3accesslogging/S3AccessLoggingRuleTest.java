package org.msb.rules.s3accesslogging;

import org.msb.testkit.RuleContractTest;

/** DET-4 through its scenario folders (src/test/resources/scenarios). */
class S3AccessLoggingRuleTest extends RuleContractTest {
    S3AccessLoggingRuleTest() { super(new S3AccessLoggingRule()); }
}
