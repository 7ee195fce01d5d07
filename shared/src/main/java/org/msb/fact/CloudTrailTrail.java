package org.msb.fact;

import java.util.List;

/**
 * One trail as DescribeTrails lists it, with its status (GetTrailStatus) and event selectors
 * (GetEventSelectors, classic and advanced), both read in the trail's home region by its ARN, as a
 * member account must for an organization trail.
 *
 * @param trailArn the ARN; for an organization trail it names the management account
 * @param hasCustomEventSelectors false: CloudTrail's default, every read and write management event
 * @param logging GetTrailStatus IsLogging
 * @param latestDeliveryError the last S3 delivery error (may be stale; see the attempt fields)
 * @param latestDeliveryAttemptTime when CloudTrail last tried to deliver
 * @param latestDeliveryAttemptSucceeded when a delivery attempt last succeeded (equal to the attempt time when the last one did)
 */
public record CloudTrailTrail(String name, String trailArn, String homeRegion, boolean multiRegion, boolean organizationTrail,
                              String s3BucketName, String s3KeyPrefix, String kmsKeyId, boolean logFileValidationEnabled,
                              boolean includeGlobalServiceEvents, String cloudWatchLogsLogGroupArn, String snsTopicArn,
                              boolean hasCustomEventSelectors, boolean logging, String latestDeliveryError,
                              String latestDeliveryAttemptTime, String latestDeliveryAttemptSucceeded,
                              List<TrailEventSelector> eventSelectors, List<TrailAdvancedEventSelector> advancedEventSelectors) {
    public CloudTrailTrail {
        eventSelectors = eventSelectors == null ? List.of() : List.copyOf(eventSelectors);
        advancedEventSelectors = advancedEventSelectors == null ? List.of() : List.copyOf(advancedEventSelectors);
    }

    /** True when the last delivery attempt failed (an error newer than the last successful attempt). */
    public boolean deliveryFailing() {
        if (latestDeliveryError == null || latestDeliveryError.isBlank()) return false;
        return latestDeliveryAttemptTime == null || latestDeliveryAttemptTime.isBlank()
                || !latestDeliveryAttemptTime.equals(latestDeliveryAttemptSucceeded);
    }
}
