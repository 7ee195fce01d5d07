package org.msb.fact.loader;

import org.msb.fact.SharingBlockPublicAccess;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@code ec2.sharingBlockPublicAccess}: ec2:GetSnapshotBlockPublicAccessState and
 * ec2:GetImageBlockPublicAccessState in the view's region.
 */
public final class SharingBlockPublicAccessLoader implements FactLoader<SharingBlockPublicAccess> {
    @Override
    public SharingBlockPublicAccess load(AwsClients clients) {
        Ec2Client ec2 = clients.regional(Ec2Client.class, Ec2Client::builder);
        String snapshots = AwsCall.read("EC2", "GetSnapshotBlockPublicAccessState", "ec2:GetSnapshotBlockPublicAccessState",
                () -> ec2.getSnapshotBlockPublicAccessState(r -> {}).stateAsString());
        String images = AwsCall.read("EC2", "GetImageBlockPublicAccessState", "ec2:GetImageBlockPublicAccessState",
                () -> ec2.getImageBlockPublicAccessState(r -> {}).imageBlockPublicAccessState());
        return new SharingBlockPublicAccess(snapshots, images);
    }
}
