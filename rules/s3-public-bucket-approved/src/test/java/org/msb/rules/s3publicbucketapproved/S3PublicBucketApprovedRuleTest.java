package org.msb.rules.s3publicbucketapproved;

import org.msb.testkit.RuleContractTest;

/** DP-7 through its scenario folders (src/test/resources/scenarios). */
class S3PublicBucketApprovedRuleTest extends RuleContractTest {
    S3PublicBucketApprovedRuleTest() { super(new S3PublicBucketApprovedRule()); }
}
