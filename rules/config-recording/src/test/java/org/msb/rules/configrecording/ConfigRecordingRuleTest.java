package org.msb.rules.configrecording;

import org.junit.jupiter.api.Test;
import org.msb.engine.RuleResult;
import org.msb.rule.Compliance;
import org.msb.testkit.RuleContractTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AM-3 through its scenario folders, plus the cases whose reasoning earns a name. */
class ConfigRecordingRuleTest extends RuleContractTest {
    ConfigRecordingRuleTest() { super(new ConfigRecordingRule()); }

    static final String CHANNEL_OK = "{\"name\":\"default\",\"s3BucketName\":\"examplecorp-config\",\"snapshotDeliveryFrequency\":\"TwentyFour_Hours\","
            + "\"configHistory\":{\"lastStatus\":\"SUCCESS\",\"lastAttemptTime\":\"2026-11-30T06:00:00Z\",\"lastSuccessfulTime\":\"2026-11-30T06:00:00Z\"}}";

    @Test
    void evaluate_whenTheOnlyRecorderIsServiceLinked_saysThereIsNoCustomerRecorder() {
        RuleResult r = kit().given().fact("config.recording", "{\"recorders\":[{\"name\":\"AWSConfigurationRecorderForSecurityHub\","
                        + "\"servicePrincipal\":\"securityhub.amazonaws.com\",\"recordingScope\":\"INTERNAL\",\"recording\":true,\"lastStatus\":\"SUCCESS\","
                        + "\"recordingGroup\":{\"allSupported\":false,\"resourceTypes\":[\"AWS::EC2::Instance\"],\"recordingStrategy\":\"INCLUSION_BY_RESOURCE_TYPES\"}}],"
                        + "\"deliveryChannels\":[" + CHANNEL_OK + "]}")
                .periodic().only();
        assertEquals(Compliance.NON_COMPLIANT, r.compliance());
        assertEquals("AWS Config in eu-west-1: no configuration recorder (only service-linked AWSConfigurationRecorderForSecurityHub).",
                r.evaluation().annotation());
    }

    @Test
    void evaluate_whenATimestampInTheFactIsMalformed_failsNamingIt() {
        var o = kit().given().fact("config.recording", "{\"recorders\":[{\"name\":\"default\",\"recording\":false,\"lastStopTime\":\"yesterday\"}],"
                + "\"deliveryChannels\":[" + CHANNEL_OK + "]}").periodic();
        assertTrue(o.error() != null && o.error().getMessage().contains("lastStopTime \"yesterday\""), String.valueOf(o.error()));
    }
}
