package org.msb.rules.logscentralized;

import org.junit.jupiter.api.Test;
import org.msb.engine.RuleResult;
import org.msb.rule.Compliance;
import org.msb.testkit.RuleContractTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LogsCentralizedRuleTest extends RuleContractTest {
    LogsCentralizedRuleTest() { super(new LogsCentralizedRule()); }

    @Test
    void evaluate_whenEverySourceFails_namesAllFiveWithinTheAnnotationLimit_longestDetailGivingWay() {
        RuleResult r = kit().given()
                .param("logArchiveBucketName", "examplecorp-log-archive").param("securityAccountId", "555566667777")
                .fact("cloudtrail.trails", "{\"trails\":[{\"name\":\"prod-audit\",\"multiRegion\":true,\"logging\":true,"
                        + "\"s3BucketName\":\"examplecorp-prod-audit-logs\"}]}")
                .fact("config.deliveryChannels", "{\"channels\":[{\"name\":\"default\",\"s3BucketName\":\"examplecorp-prod-config\"}]}")
                .fact("guardduty.detectors", "{\"detectors\":[{\"detectorId\":\"8ac6f5b2d7e94c01a3b5c7d9e1f20a4b\",\"status\":\"ENABLED\"}]}")
                .fact("guardduty.publishingDestinations", "{\"destinations\":[]}")
                .fact("securityhub.status", "{\"enabled\":true,\"administratorAccountId\":\"123412341234\",\"administratorMemberStatus\":\"Enabled\"}")
                .item(vpc("vpc-0b7e3c5a9d1f24680"))
                .periodic().only();

        String a = r.evaluation().annotation();
        assertEquals(Compliance.NON_COMPLIANT, r.compliance());
        assertTrue(a.length() <= 256, a.length() + ": " + a);
        assertEquals("Not centralised: CloudTrail (prod-audit to examplecorp-prod-audit-logs); Config (channel default to "
                + "examplecorp-prod-config); GuardDuty; Security Hub (administrator 123412341234 Enabled); VPC flow logs "
                + "(vpc-0b7e3c5a9d1f24680 no VPC flow log).", a, "the expectation, then GuardDuty's (longest) detail give way; no source is cut");
    }

    private static String vpc(String id) {
        return "{\"configurationItemStatus\":\"OK\",\"resourceType\":\"AWS::EC2::VPC\",\"resourceId\":\"" + id + "\",\"awsAccountId\":\"111122223333\","
                + "\"awsRegion\":\"eu-west-1\",\"configurationItemCaptureTime\":\"2026-11-29T22:41:08.512Z\",\"configuration\":{\"vpcId\":\"" + id
                + "\",\"cidrBlock\":\"10.20.0.0/16\",\"state\":\"available\",\"isDefault\":false}}";
    }
}
