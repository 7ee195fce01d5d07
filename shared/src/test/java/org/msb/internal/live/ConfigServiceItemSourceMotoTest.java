package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.item.ConfigurationItem;
import org.msb.item.ItemStatus;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.config.model.RecordingGroup;
import software.amazon.awssdk.services.s3.S3Client;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which source serves a type: moto's Config when its recorder records the type, the describe APIs otherwise. */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class ConfigServiceItemSourceMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private ConfigClient config() { return MOTO.clients().config(); }

    private S3Client s3() { return MOTO.clients().s3(); }

    private void recorder(RecordingGroup group, boolean start) {
        s3().createBucket(r -> r.bucket("config-delivery"));
        config().putConfigurationRecorder(r -> r.configurationRecorder(c -> c.name("default")
                .roleARN("arn:aws:iam::" + MotoServer.ACCOUNT_ID + ":role/config").recordingGroup(group)));
        config().putDeliveryChannel(r -> r.deliveryChannel(d -> d.name("default").s3BucketName("config-delivery")));
        if (start) config().startConfigurationRecorder(r -> r.configurationRecorderName("default"));
    }

    private void taggedBucket() {
        s3().createBucket(r -> r.bucket("tagged-bucket"));
        s3().putBucketTagging(r -> r.bucket("tagged-bucket").tagging(t -> t.tagSet(tag -> tag.key("Environment").value("QA"))));
    }

    private static Map<String, ConfigurationItem> byId(List<ConfigurationItem> items) {
        return items.stream().collect(Collectors.toMap(ConfigurationItem::resourceId, i -> i));
    }

    @Test
    void items_whenRecorderRecordsBuckets_comeFromConfig() {
        recorder(RecordingGroup.builder().allSupported(true).includeGlobalResourceTypes(true).build(), true);
        taggedBucket();
        LiveAccountView view = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID);

        Map<String, ConfigurationItem> buckets = byId(view.items("AWS::S3::Bucket"));

        assertEquals("AWS Config", view.itemSource("AWS::S3::Bucket"));
        ConfigurationItem item = buckets.get("tagged-bucket");
        // only Config's own items carry IsRequesterPaysEnabled; the describe builder does not read it
        assertFalse(item.supplementary("IsRequesterPaysEnabled").isMissing(), "served by Config: " + item.supplementaryConfiguration().keySet());
        assertEquals(ItemStatus.ResourceDiscovered, item.status());
        assertEquals("QA", item.tag("Environment"), "tags survive: the items come from GetResourceConfigHistory");
        assertTrue(item.supplementary("BucketLoggingConfiguration").fields().containsKey("destinationBucketName"));
        assertEquals("tagged-bucket", item.property("name").text());
        assertEquals(MotoServer.ACCOUNT_ID, item.accountId());
        assertTrue(buckets.containsKey("config-delivery"));
    }

    @Test
    void items_whenNoRecorder_areBuiltFromTheS3Api() {
        taggedBucket();
        LiveAccountView view = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID);

        ConfigurationItem item = byId(view.items("AWS::S3::Bucket")).get("tagged-bucket");

        assertTrue(view.itemSource("AWS::S3::Bucket").contains("s3:ListAllMyBuckets"), view.itemSource("AWS::S3::Bucket"));
        assertTrue(item.supplementary("IsRequesterPaysEnabled").isMissing(), "built by msb, not by Config");
        assertEquals(ItemStatus.OK, item.status());
        assertEquals("QA", item.tag("Environment"));
        assertEquals("AWS Config has no configuration recorder in us-east-1",
                new ConfigServiceItemSource(MOTO.clients()).whyNot("AWS::S3::Bucket"));
    }

    @Test
    void items_whenRecorderStopped_areBuiltFromTheS3Api() {
        recorder(RecordingGroup.builder().allSupported(true).build(), false);
        taggedBucket();
        ConfigServiceItemSource config = new ConfigServiceItemSource(MOTO.clients());

        assertFalse(config.covers("AWS::S3::Bucket"));
        assertTrue(config.whyNot("AWS::S3::Bucket").contains("is not recording"), config.whyNot("AWS::S3::Bucket"));
        LiveAccountView view = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID);
        assertTrue(byId(view.items("AWS::S3::Bucket")).containsKey("tagged-bucket"));
        assertTrue(view.itemSource("AWS::S3::Bucket").startsWith("s3:"));
    }

    @Test
    void items_whenRecordingGroupLeavesBucketsOut_areBuiltFromTheS3Api() {
        recorder(RecordingGroup.builder().allSupported(false).includeGlobalResourceTypes(false)
                .resourceTypesWithStrings("AWS::EC2::SecurityGroup").build(), true);
        taggedBucket();
        ConfigServiceItemSource config = new ConfigServiceItemSource(MOTO.clients());

        assertFalse(config.covers("AWS::S3::Bucket"));
        assertEquals("the AWS Config recorder default does not record AWS::S3::Bucket", config.whyNot("AWS::S3::Bucket"));
        assertTrue(byId(new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID).items("AWS::S3::Bucket")).containsKey("tagged-bucket"));
    }

    @Test
    void items_whenEmulatorConfigRecordsSecurityGroups_comeFromTheEc2ApiBecauseMotoConfigListsNone() {
        recorder(RecordingGroup.builder().allSupported(true).build(), true);
        LiveAccountView view = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID);

        List<ConfigurationItem> groups = view.items("AWS::EC2::SecurityGroup");

        assertEquals("ec2:DescribeSecurityGroups", view.itemSource("AWS::EC2::SecurityGroup"));
        assertTrue(groups.stream().anyMatch(g -> "default".equals(g.resourceName())), "moto's default VPC has a default group");
    }
}
