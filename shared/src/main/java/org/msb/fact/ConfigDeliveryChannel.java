package org.msb.fact;

/**
 * One delivery channel: where Config writes configuration history and snapshots.
 *
 * @param snapshotDeliveryFrequency e.g. TwentyFour_Hours; null when snapshots are not scheduled
 */
public record ConfigDeliveryChannel(String name, String s3BucketName, String s3KeyPrefix, String s3KmsKeyArn, String snsTopicArn,
                                    String snapshotDeliveryFrequency) {}
