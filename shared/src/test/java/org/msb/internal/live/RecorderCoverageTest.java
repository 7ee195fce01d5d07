package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.config.model.ConfigurationRecorder;
import software.amazon.awssdk.services.config.model.ConfigurationRecorderStatus;
import software.amazon.awssdk.services.config.model.RecordingGroup;
import software.amazon.awssdk.services.config.model.RecordingScope;
import software.amazon.awssdk.services.config.model.RecordingStrategyType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecorderCoverageTest {
    static final ConfigurationRecorderStatus RECORDING = ConfigurationRecorderStatus.builder().name("default").recording(true).build();

    static RecorderCoverage coverage(RecordingGroup group) {
        return RecorderCoverage.of(List.of(ConfigurationRecorder.builder().name("default").recordingGroup(group).build()),
                List.of(RECORDING), "eu-west-1");
    }

    @Test
    void records_whenAllSupported_recordsIamOnlyWithGlobalTypes() {
        RecorderCoverage regional = coverage(RecordingGroup.builder().allSupported(true).includeGlobalResourceTypes(false).build());
        RecorderCoverage global = coverage(RecordingGroup.builder().allSupported(true).includeGlobalResourceTypes(true).build());

        assertTrue(regional.records("AWS::EC2::SecurityGroup"));
        assertFalse(regional.records("AWS::IAM::Role"));
        assertTrue(global.records("AWS::IAM::Role"));
        assertNull(global.whyNot("AWS::IAM::Role"));
    }

    @Test
    void records_whenInclusionStrategy_recordsOnlyListedTypes() {
        RecorderCoverage c = coverage(RecordingGroup.builder().allSupported(false).resourceTypesWithStrings("AWS::S3::Bucket")
                .recordingStrategy(s -> s.useOnly(RecordingStrategyType.INCLUSION_BY_RESOURCE_TYPES)).build());

        assertTrue(c.records("AWS::S3::Bucket"));
        assertFalse(c.records("AWS::EC2::NetworkAcl"));
        assertEquals("the AWS Config recorder default does not record AWS::EC2::NetworkAcl", c.whyNot("AWS::EC2::NetworkAcl"));
    }

    @Test
    void records_whenExclusionStrategy_recordsAllButExcluded() {
        RecorderCoverage c = coverage(RecordingGroup.builder().allSupported(false)
                .exclusionByResourceTypes(e -> e.resourceTypesWithStrings("AWS::EC2::NetworkAcl"))
                .recordingStrategy(s -> s.useOnly(RecordingStrategyType.EXCLUSION_BY_RESOURCE_TYPES)).build());

        assertTrue(c.records("AWS::S3::Bucket"));
        assertFalse(c.records("AWS::EC2::NetworkAcl"));
    }

    @Test
    void records_whenRecorderStoppedOrInternal_recordsNothing() {
        ConfigurationRecorder customer = ConfigurationRecorder.builder().name("default")
                .recordingGroup(RecordingGroup.builder().allSupported(true).build()).build();
        ConfigurationRecorder linked = ConfigurationRecorder.builder().name("AWSConfigurationRecorderForSecurityHub")
                .recordingScope(RecordingScope.INTERNAL).recordingGroup(RecordingGroup.builder().allSupported(true).build()).build();
        ConfigurationRecorderStatus stopped = ConfigurationRecorderStatus.builder().name("default").recording(false).build();
        ConfigurationRecorderStatus linkedRunning = ConfigurationRecorderStatus.builder().name("AWSConfigurationRecorderForSecurityHub")
                .recording(true).build();

        RecorderCoverage c = RecorderCoverage.of(List.of(customer, linked), List.of(stopped, linkedRunning), "eu-west-1");

        assertFalse(c.records("AWS::S3::Bucket"));
        assertEquals("the AWS Config recorder default in eu-west-1 is not recording", c.whyNot("AWS::S3::Bucket"));
        assertEquals("AWS Config has no configuration recorder in eu-west-1",
                RecorderCoverage.of(List.of(), List.of(), "eu-west-1").whyNot("AWS::S3::Bucket"));
    }
}
