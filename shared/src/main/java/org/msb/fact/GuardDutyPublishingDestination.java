package org.msb.fact;

/**
 * One findings export of a detector.
 *
 * @param destinationType S3
 * @param status PUBLISHING, PENDING_VERIFICATION, UNABLE_TO_PUBLISH_FIX_DESTINATION_PROPERTY or STOPPED
 * @param destinationArn the bucket (and prefix) ARN, e.g. arn:aws:s3:::log-archive/guardduty
 */
public record GuardDutyPublishingDestination(String detectorId, String destinationId, String destinationType, String status,
                                             String destinationArn, String kmsKeyArn) {}
