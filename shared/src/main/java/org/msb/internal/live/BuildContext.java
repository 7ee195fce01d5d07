package org.msb.internal.live;

import software.amazon.awssdk.regions.PartitionMetadata;
import software.amazon.awssdk.regions.Region;

import java.time.Instant;

/** What an {@link ItemBuilder} needs: clients, the account and region the items belong to, the capture time. */
public record BuildContext(AwsClients clients, String accountId, String region, Instant captureTime) {

    /** The ARN partition of the region (aws, aws-cn, aws-us-gov...), by the SDK's partition data. */
    public String partition() { return PartitionMetadata.of(Region.of(region)).id(); }
}
