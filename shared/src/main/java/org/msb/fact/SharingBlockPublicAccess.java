package org.msb.fact;

/**
 * The region's block-public-access settings for sharing: EBS snapshots ({@code block-all-sharing},
 * {@code block-new-sharing} or {@code unblocked}, from ec2:GetSnapshotBlockPublicAccessState) and AMIs
 * ({@code block-new-sharing} or {@code unblocked}, from ec2:GetImageBlockPublicAccessState).
 */
public record SharingBlockPublicAccess(String snapshotState, String imageState) {
    public static final String UNBLOCKED = "unblocked";

    public boolean snapshotsBlocked() { return snapshotState != null && !UNBLOCKED.equals(snapshotState); }

    public boolean imagesBlocked() { return imageState != null && !UNBLOCKED.equals(imageState); }
}
