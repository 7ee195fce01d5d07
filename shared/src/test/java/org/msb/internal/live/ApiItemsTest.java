package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.msb.item.ConfigurationItem;
import org.msb.item.ItemStatus;
import software.amazon.awssdk.services.config.model.Relationship;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiItemsTest {
    @Test
    void toItem_whenApiModelItem_decodesConfigurationSupplementaryAndRelationships() {
        var api = software.amazon.awssdk.services.config.model.ConfigurationItem.builder()
                .version("1.3").accountId("111122223333").configurationItemCaptureTime(Instant.parse("2026-03-01T10:15:30.123Z"))
                .configurationItemStatus("ResourceDiscovered").configurationStateId("1772360130123")
                .arn("arn:aws:ec2:us-east-1:111122223333:security-group/sg-0a1b2c3d").resourceType("AWS::EC2::SecurityGroup")
                .resourceId("sg-0a1b2c3d").resourceName("web").awsRegion("us-east-1").availabilityZone("Not Applicable")
                .configuration("{\"groupId\":\"sg-0a1b2c3d\",\"ipPermissions\":[{\"ipProtocol\":\"tcp\",\"fromPort\":22,\"toPort\":22,\"ipRanges\":[\"0.0.0.0/0\"]}]}")
                .supplementaryConfiguration(Map.of("Extra", "{\"on\":true}"))
                .tags(Map.of("Team", "web"))
                .relationships(Relationship.builder().resourceType("AWS::EC2::VPC").resourceId("vpc-1").relationshipName("Is contained in Vpc").build())
                .build();

        ConfigurationItem item = ApiItems.toItem(api);

        assertEquals("AWS::EC2::SecurityGroup", item.resourceType());
        assertEquals("111122223333", item.accountId());
        assertEquals("arn:aws:ec2:us-east-1:111122223333:security-group/sg-0a1b2c3d", item.arn());
        assertEquals(ItemStatus.ResourceDiscovered, item.status());
        assertEquals(Instant.parse("2026-03-01T10:15:30.123Z"), item.captureTime());
        assertEquals(22L, item.property("ipPermissions").at(0).get("fromPort").number());
        assertEquals(Boolean.TRUE, item.supplementary("Extra").get("on").bool());
        assertEquals("web", item.tag("Team"));
        assertEquals("Is contained in Vpc", item.relationships().get(0).name());
    }

    @Test
    void toJson_whenItemHasNoTagsSupplementaryOrRelationships_writesThemEmpty() {
        var api = software.amazon.awssdk.services.config.model.ConfigurationItem.builder()
                .accountId("111122223333").configurationItemStatus("OK").resourceType("AWS::S3::Bucket").resourceId("logs")
                .configuration("{\"name\":\"logs\"}")
                .build();

        var json = ApiItems.toJson(api);
        ConfigurationItem item = ApiItems.toItem(api);

        assertEquals(0, json.getAsJsonObject("tags").size());
        assertEquals(0, json.getAsJsonArray("relationships").size());
        assertEquals(0, json.getAsJsonObject("supplementaryConfiguration").size());
        assertEquals("logs", item.property("name").text());
        assertTrue(item.tags().isEmpty());
        assertTrue(item.relationships().isEmpty());
        assertNull(item.captureTime());
    }
}
