package org.msb.internal.live;

import java.time.Instant;

/** What an {@link ItemBuilder} needs: clients, the account and region the items belong to, the capture time. */
public record BuildContext(AwsClients clients, String accountId, String region, Instant captureTime) {

    /** The ARN partition of the region (aws, aws-cn, aws-us-gov...). */
    public String partition() {
        if (region.startsWith("cn-")) return "aws-cn";
        if (region.startsWith("us-gov-")) return "aws-us-gov";
        if (region.startsWith("us-isob-")) return "aws-iso-b";
        if (region.startsWith("us-iso-")) return "aws-iso";
        return "aws";
    }
}
