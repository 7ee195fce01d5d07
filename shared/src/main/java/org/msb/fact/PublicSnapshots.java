package org.msb.fact;

import java.util.List;

/** The account's EBS snapshots restorable by everyone, in one region. EBS snapshots are not recorded by Config. */
public record PublicSnapshots(List<PublicSnapshot> snapshots) {
    public PublicSnapshots {
        snapshots = snapshots == null ? List.of() : List.copyOf(snapshots);
    }
}
