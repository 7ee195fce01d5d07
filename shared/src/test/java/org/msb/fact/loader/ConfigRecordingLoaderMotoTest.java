package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.ConfigRecording;
import org.msb.internal.live.AwsReadException;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.RecordingStrategyType;
import software.amazon.awssdk.services.config.model.ResourceType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recorders, their status and delivery channels against moto. moto 5.2.1 does not implement
 * DescribeDeliveryChannelStatus: with a channel the load fails naming it (ConfigRecordingLoaderStubTest reads
 * the status from AWS's wire format), never a made-up "no status".
 */
class ConfigRecordingLoaderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private ConfigClient config() { return MOTO.clients().config(); }

    @Test
    void load_whenConfigNeverSetUp_givesEmptyLists() {
        ConfigRecording r = new ConfigRecordingLoader().load(MOTO.clients());

        assertEquals(List.of(), r.recorders());
        assertEquals(List.of(), r.deliveryChannels());
    }

    @Test
    void load_whenRecorderStartedWithExclusions_readsTheNewShapeAndItsStatus() {
        config().putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                .roleARN("arn:aws:iam::123456789012:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig")
                .recordingGroup(g -> g.allSupported(false).includeGlobalResourceTypes(false)
                        .recordingStrategy(s -> s.useOnly(RecordingStrategyType.EXCLUSION_BY_RESOURCE_TYPES))
                        .exclusionByResourceTypes(x -> x.resourceTypes(ResourceType.AWS_IAM_USER, ResourceType.AWS_IAM_ROLE)))));
        config().putDeliveryChannel(r -> r.deliveryChannel(c -> c.name("default").s3BucketName("config-bucket-123456789012")));
        config().startConfigurationRecorder(r -> r.configurationRecorderName("default"));

        // the recorder part is served; the channel status is not (see the class comment)
        AwsReadException e = assertThrows(AwsReadException.class, () -> new ConfigRecordingLoader().load(MOTO.clients()));
        assertEquals("DescribeDeliveryChannelStatus", e.operation());
        assertEquals("config:DescribeDeliveryChannelStatus", e.iamAction());
        assertEquals(AwsReadException.Kind.NOT_SERVED, e.kind());
    }

    @Test
    void load_whenRecorderStoppedAndNoChannel_readsRecorderNotRecording() {
        config().putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                .roleARN("arn:aws:iam::123456789012:role/config-role")
                .recordingGroup(g -> g.allSupported(true).includeGlobalResourceTypes(true))));

        ConfigRecording r = new ConfigRecordingLoader().load(MOTO.clients());

        assertEquals(1, r.recorders().size());
        ConfigRecording.Recorder rec = r.recorders().get(0);
        assertEquals("default", rec.name());
        assertEquals("arn:aws:iam::123456789012:role/config-role", rec.roleArn());
        assertFalse(rec.recording());
        assertTrue(rec.recordingGroup().allSupported());
        assertTrue(rec.recordingGroup().includeGlobalResourceTypes());
        assertNull(rec.servicePrincipal());
        assertEquals(List.of(), r.deliveryChannels());
    }

    @Test
    void load_whenStoppedAfterRecordingWithExclusions_readsStrategyExclusionsAndTimes() {
        config().putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                .roleARN("arn:aws:iam::123456789012:role/config-role")
                .recordingGroup(g -> g.allSupported(false).includeGlobalResourceTypes(false)
                        .recordingStrategy(s -> s.useOnly(RecordingStrategyType.EXCLUSION_BY_RESOURCE_TYPES))
                        .exclusionByResourceTypes(x -> x.resourceTypes(ResourceType.AWS_IAM_USER)))));
        config().putDeliveryChannel(r -> r.deliveryChannel(c -> c.name("default").s3BucketName("config-bucket-123456789012")));
        config().startConfigurationRecorder(r -> r.configurationRecorderName("default"));
        config().stopConfigurationRecorder(r -> r.configurationRecorderName("default"));
        config().deleteDeliveryChannel(r -> r.deliveryChannelName("default"));  // only allowed once the recorder stopped

        ConfigRecording.Recorder rec = new ConfigRecordingLoader().load(MOTO.clients()).recorders().get(0);

        assertFalse(rec.recording());
        assertEquals("EXCLUSION_BY_RESOURCE_TYPES", rec.recordingGroup().recordingStrategy());
        assertEquals(List.of("AWS::IAM::User"), rec.recordingGroup().exclusionResourceTypes());
        assertTrue(rec.lastStartTime() != null && rec.lastStartTime().endsWith("Z"), "an ISO instant: " + rec.lastStartTime());
        assertTrue(rec.lastStopTime() != null && rec.lastStopTime().compareTo(rec.lastStartTime()) >= 0, rec.lastStopTime());
    }
}
