package org.msb.fact;

import java.util.List;

/**
 * AWS Config in one region: the configuration recorders with their status
 * (DescribeConfigurationRecorders, DescribeConfigurationRecorderStatus) and the delivery channels with
 * their status (DescribeDeliveryChannels, DescribeDeliveryChannelStatus). Empty lists mean Config was
 * never set up here. Times are ISO-8601 instants; enum values are kept as AWS sends them.
 */
public record ConfigRecording(List<Recorder> recorders, List<DeliveryChannel> deliveryChannels) {
    public ConfigRecording {
        recorders = recorders == null ? List.of() : List.copyOf(recorders);
        deliveryChannels = deliveryChannels == null ? List.of() : List.copyOf(deliveryChannels);
    }

    /**
     * A recorder and its status.
     *
     * @param servicePrincipal set for a service-linked recorder (it records for one AWS service, not for the customer)
     * @param recordingGroup null when the recorder has none (Config then records every supported type, no global ones)
     * @param recordingFrequency CONTINUOUS or DAILY (the default mode)
     * @param lastStatus Pending, Success, Failure (AWS also sends them upper case)
     */
    public record Recorder(String name, String roleArn, String servicePrincipal, String recordingScope,
                           RecordingGroup recordingGroup, String recordingFrequency, boolean recording, String lastStatus,
                           String lastErrorCode, String lastErrorMessage, String lastStatusChangeTime, String lastStartTime,
                           String lastStopTime) {}

    /**
     * What a recorder records, in both API shapes: the original allSupported / includeGlobalResourceTypes /
     * resourceTypes, and the newer recordingStrategy (ALL_SUPPORTED_RESOURCE_TYPES, INCLUSION_BY_RESOURCE_TYPES,
     * EXCLUSION_BY_RESOURCE_TYPES) with exclusionByResourceTypes.
     */
    public record RecordingGroup(Boolean allSupported, Boolean includeGlobalResourceTypes, List<String> resourceTypes,
                                 String recordingStrategy, List<String> exclusionResourceTypes) {
        public RecordingGroup {
            resourceTypes = resourceTypes == null ? List.of() : List.copyOf(resourceTypes);
            exclusionResourceTypes = exclusionResourceTypes == null ? List.of() : List.copyOf(exclusionResourceTypes);
        }
    }

    /**
     * A delivery channel and the last outcome of each kind of delivery (null when Config reported none).
     *
     * @param snapshotDeliveryFrequency configSnapshotDeliveryProperties.deliveryFrequency, null when snapshots are off
     */
    public record DeliveryChannel(String name, String s3BucketName, String s3KeyPrefix, String s3KmsKeyArn, String snsTopicArn,
                                  String snapshotDeliveryFrequency, Delivery configHistory, Delivery configSnapshot,
                                  Delivery configStream) {}

    /**
     * The last delivery of one kind.
     *
     * @param lastStatus Success, Failure or Not_Applicable
     * @param lastStatusChangeTime for the configuration stream (SNS), which reports no attempt times
     */
    public record Delivery(String lastStatus, String lastErrorCode, String lastErrorMessage, String lastAttemptTime,
                           String lastSuccessfulTime, String lastStatusChangeTime) {}
}
