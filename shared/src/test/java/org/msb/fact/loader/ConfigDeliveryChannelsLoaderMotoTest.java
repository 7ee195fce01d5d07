package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.ConfigDeliveryChannel;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.MaximumExecutionFrequency;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** config.deliveryChannels against moto: none, and one channel with its bucket, prefix, key, topic and frequency. */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class ConfigDeliveryChannelsLoaderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private ConfigClient config() { return MOTO.clients().config(); }

    @Test
    void load_whenNoChannel_isEmpty() {
        assertEquals(List.of(), new ConfigDeliveryChannelsLoader().load(MOTO.clients()).channels());
    }

    @Test
    void load_readsTheChannelsDestination() {
        MOTO.clients().s3().createBucket(r -> r.bucket("examplecorp-log-archive"));
        config().putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                .roleARN("arn:aws:iam::" + MotoServer.ACCOUNT_ID + ":role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig")));
        config().putDeliveryChannel(r -> r.deliveryChannel(d -> d.name("default").s3BucketName("examplecorp-log-archive")
                .s3KeyPrefix("config").s3KmsKeyArn("arn:aws:kms:us-east-1:444455556666:key/1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809")
                .configSnapshotDeliveryProperties(p -> p.deliveryFrequency(MaximumExecutionFrequency.SIX_HOURS))));

        List<ConfigDeliveryChannel> channels = new ConfigDeliveryChannelsLoader().load(MOTO.clients()).channels();

        assertEquals(1, channels.size());
        ConfigDeliveryChannel c = channels.get(0);
        assertEquals("default", c.name());
        assertEquals("examplecorp-log-archive", c.s3BucketName());
        assertEquals("config", c.s3KeyPrefix());
        assertEquals("arn:aws:kms:us-east-1:444455556666:key/1a2b3c4d-5e6f-7081-92a3-b4c5d6e7f809", c.s3KmsKeyArn());
        assertEquals("Six_Hours", c.snapshotDeliveryFrequency());
    }
}
