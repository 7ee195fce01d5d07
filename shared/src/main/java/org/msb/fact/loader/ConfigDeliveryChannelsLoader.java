package org.msb.fact.loader;

import org.msb.fact.ConfigDeliveryChannel;
import org.msb.fact.ConfigDeliveryChannels;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.DeliveryChannel;

import java.util.List;

/**
 * {@code config.deliveryChannels}: DescribeDeliveryChannels (not paginated: a region holds at most one
 * channel). No channel is an empty list, not an error.
 */
public final class ConfigDeliveryChannelsLoader implements FactLoader<ConfigDeliveryChannels> {

    @Override
    public ConfigDeliveryChannels load(AwsClients clients) {
        ConfigClient config = clients.config();
        List<DeliveryChannel> channels = AwsCall.read("Config", "DescribeDeliveryChannels", "config:DescribeDeliveryChannels",
                () -> config.describeDeliveryChannels(r -> {}).deliveryChannels());
        return new ConfigDeliveryChannels(channels.stream().map(c -> new ConfigDeliveryChannel(c.name(), c.s3BucketName(),
                c.s3KeyPrefix(), c.s3KmsKeyArn(), c.snsTopicARN(),
                c.configSnapshotDeliveryProperties() == null ? null : c.configSnapshotDeliveryProperties().deliveryFrequencyAsString()))
                .toList());
    }
}
