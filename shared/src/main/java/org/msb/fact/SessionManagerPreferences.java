package org.msb.fact;

/**
 * The account's Session Manager preferences in the region: the inputs of the {@code SSM-SessionManagerRunShell}
 * session document ({@code ssm:GetDocument}). {@code exists} is false when the document was never created (the
 * console creates it on first save of the preferences; InvalidDocument), which means no session logging.
 */
public record SessionManagerPreferences(boolean exists, String s3BucketName, Boolean s3EncryptionEnabled,
                                        String cloudWatchLogGroupName, Boolean cloudWatchEncryptionEnabled, String kmsKeyId,
                                        Boolean runAsEnabled) {
    public static final String DOCUMENT = "SSM-SessionManagerRunShell";

    public static SessionManagerPreferences none() { return new SessionManagerPreferences(false, null, null, null, null, null, null); }

    public boolean logsToS3() { return s3BucketName != null && !s3BucketName.isBlank(); }

    public boolean logsToCloudWatch() { return cloudWatchLogGroupName != null && !cloudWatchLogGroupName.isBlank(); }

    public boolean encryptsSessions() { return kmsKeyId != null && !kmsKeyId.isBlank(); }
}
