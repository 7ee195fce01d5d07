package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.ConfigRecording;
import org.msb.internal.live.AwsReadException;
import org.msb.internal.live.StubAws;
import org.msb.testkit.AwsStubServer;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Config's JSON 1.1 answers for what moto lacks: DescribeDeliveryChannelStatus, recorder failures, AccessDenied. */
class ConfigRecordingLoaderStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer();

    @Test
    void load_joinsRecorderAndChannelWithTheirStatus_inTheNewRecordingShape() {
        AWS.stubFor(StubAws.config("DescribeConfigurationRecorders").willReturn(StubAws.json(200, "config-recorders-exclusion-daily.json")));
        AWS.stubFor(StubAws.config("DescribeConfigurationRecorderStatus").willReturn(StubAws.json(200, "config-recorder-status-failure.json")));
        AWS.stubFor(StubAws.config("DescribeDeliveryChannels").willReturn(StubAws.json(200, "config-delivery-channels.json")));
        AWS.stubFor(StubAws.config("DescribeDeliveryChannelStatus").willReturn(StubAws.json(200, "config-delivery-channel-status-failed.json")));

        ConfigRecording r = new ConfigRecordingLoader().load(AWS.clients());

        ConfigRecording.Recorder rec = r.recorders().get(0);
        assertTrue(rec.recording());
        assertEquals("FAILURE", rec.lastStatus(), "kept as AWS sends it");
        assertEquals("AccessDenied", rec.lastErrorCode());
        assertEquals("2026-11-30T07:58:40Z", rec.lastStatusChangeTime());
        assertEquals("DAILY", rec.recordingFrequency());
        assertEquals("PAID", rec.recordingScope());
        assertEquals(new ConfigRecording.RecordingGroup(false, false, List.of(), "EXCLUSION_BY_RESOURCE_TYPES",
                List.of("AWS::IAM::User", "AWS::IAM::Group", "AWS::IAM::Role", "AWS::IAM::Policy")), rec.recordingGroup());
        ConfigRecording.DeliveryChannel ch = r.deliveryChannels().get(0);
        assertEquals("config-bucket-123456789012", ch.s3BucketName());
        assertEquals("org", ch.s3KeyPrefix());
        assertEquals("arn:aws:sns:us-east-1:123456789012:config-topic", ch.snsTopicArn());
        assertEquals("TwentyFour_Hours", ch.snapshotDeliveryFrequency());
        assertEquals(new ConfigRecording.Delivery("FAILURE", "AccessDenied", "Access Denied", "2026-11-30T07:55:12Z",
                "2026-10-02T09:00:00Z", null), ch.configHistory());
        assertEquals("SUCCESS", ch.configSnapshot().lastStatus());
        assertEquals(new ConfigRecording.Delivery("SUCCESS", null, null, null, null, "2026-11-29T06:00:00Z"), ch.configStream());
    }

    @Test
    void load_whenTheChannelStatusIsDenied_failsNamingTheAction() {
        AWS.stubFor(StubAws.config("DescribeConfigurationRecorders").willReturn(StubAws.json(200, "config-recorders-all-supported.json")));
        AWS.stubFor(StubAws.config("DescribeConfigurationRecorderStatus").willReturn(StubAws.json(200, "config-recorder-status-recording.json")));
        AWS.stubFor(StubAws.config("DescribeDeliveryChannels").willReturn(StubAws.json(200, "config-delivery-channels.json")));
        AWS.stubFor(StubAws.config("DescribeDeliveryChannelStatus").willReturn(StubAws.json(400, "config-access-denied-channel-status.json")));

        AwsReadException e = assertThrows(AwsReadException.class, () -> new ConfigRecordingLoader().load(AWS.clients()));

        assertTrue(e.isAccessDenied());
        assertEquals("config:DescribeDeliveryChannelStatus", e.iamAction());
    }
}
