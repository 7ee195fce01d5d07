package org.msb.fact.loader;

import org.msb.fact.PublicSnapshot;
import org.msb.fact.PublicSnapshots;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.CallerIdentity;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.CreateVolumePermission;
import software.amazon.awssdk.services.ec2.model.Snapshot;
import software.amazon.awssdk.services.ec2.model.SnapshotAttributeName;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ec2.publicSnapshots}: the account's snapshots that everyone can restore. DescribeSnapshots with
 * owner self and restorable-by all asks AWS for exactly those; each candidate is then confirmed with
 * DescribeSnapshotAttribute (createVolumePermission group "all") and checked to be the caller's own, so a
 * service that ignores the filters (an emulator) cannot make every snapshot look public.
 */
public final class PublicSnapshotsLoader implements FactLoader<PublicSnapshots> {
    @Override
    public PublicSnapshots load(AwsClients clients) {
        Ec2Client ec2 = clients.regional(Ec2Client.class, Ec2Client::builder);
        String account = CallerIdentity.accountId(clients);
        List<Snapshot> candidates = AwsCall.read("EC2", "DescribeSnapshots", "ec2:DescribeSnapshots",
                () -> ec2.describeSnapshotsPaginator(r -> r.ownerIds("self").restorableByUserIds("all").maxResults(1000))
                        .snapshots().stream().filter(s -> account.equals(s.ownerId())).toList());
        List<PublicSnapshot> out = new ArrayList<>();
        for (Snapshot s : candidates) {
            List<CreateVolumePermission> permissions = AwsCall.readOptional("EC2", "DescribeSnapshotAttribute",
                    "ec2:DescribeSnapshotAttribute", java.util.Set.of("InvalidSnapshot.NotFound"),
                    () -> ec2.describeSnapshotAttribute(r -> r.snapshotId(s.snapshotId())
                            .attribute(SnapshotAttributeName.CREATE_VOLUME_PERMISSION)).createVolumePermissions());
            if (permissions == null) continue;  // deleted since it was listed
            if (permissions.stream().anyMatch(p -> "all".equals(p.groupAsString()))) {
                out.add(new PublicSnapshot(s.snapshotId(), s.volumeId(), Boolean.TRUE.equals(s.encrypted()),
                        s.startTime() == null ? null : s.startTime().toString()));
            }
        }
        return new PublicSnapshots(out);
    }
}
