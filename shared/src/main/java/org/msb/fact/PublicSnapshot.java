package org.msb.fact;

/** An EBS snapshot owned by the account that anyone may restore (createVolumePermission group "all"). */
public record PublicSnapshot(String snapshotId, String volumeId, boolean encrypted, String startTime) {}
