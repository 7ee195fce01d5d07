package org.msb.fact;

import java.util.List;

/** The AWS Config delivery channels of this region (DescribeDeliveryChannels). */
public record ConfigDeliveryChannels(List<ConfigDeliveryChannel> channels) {
    public ConfigDeliveryChannels {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
