package org.msb.internal.world;

import org.junit.jupiter.api.Test;
import org.msb.error.FactUnavailableException;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Items by id come from an index and answer exactly as a scan of the type's items would. */
class StaticAccountViewTest {
    static final String SG = "AWS::EC2::SecurityGroup";

    static ConfigurationItem group(String id, String status, String marker) {
        return ConfigurationItemParser.parse("""
                {"configurationItemStatus": "%s", "resourceType": "AWS::EC2::SecurityGroup", "resourceId": "%s",
                 "tags": {"marker": "%s"}, "configuration": {"groupId": "%s"}}""".formatted(status, id, marker, id));
    }

    private static StaticAccountView view(List<ConfigurationItem> items, Map<String, String> unavailable) {
        return new StaticAccountView("111122223333", "eu-west-1", items, Map.of(), "not in the test world", unavailable);
    }

    @Test
    void item_findsEachIdAndTheFirstOfADuplicate() {
        List<ConfigurationItem> items = List.of(group("sg-1", "OK", "first"), group("sg-2", "OK", "only"), group("sg-1", "OK", "second"));
        StaticAccountView view = view(items, Map.of());

        assertEquals("first", view.item(SG, "sg-1").orElseThrow().tag("marker"), "a scan of the list finds the first");
        assertSame(view.items(SG).get(1), view.item(SG, "sg-2").orElseThrow());
        assertTrue(view.item(SG, "sg-3").isEmpty());
        assertTrue(view.item("AWS::S3::Bucket", "sg-1").isEmpty(), "ids are per type");
    }

    @Test
    void item_skipsDeletedItemsAsItemsDoes() {
        StaticAccountView view = view(List.of(group("sg-gone", "ResourceDeleted", "x")), Map.of());

        assertTrue(view.items(SG).isEmpty());
        assertTrue(view.item(SG, "sg-gone").isEmpty());
    }

    @Test
    void item_ofAnUncapturedType_isUnavailableNotEmpty() {
        StaticAccountView view = view(List.of(), Map.of("items:" + SG, "ec2:DescribeSecurityGroups was denied"));

        FactUnavailableException e = assertThrows(FactUnavailableException.class, () -> view.item(SG, "sg-1"));

        assertEquals("items:" + SG, e.fact());
        assertTrue(e.getMessage().contains("ec2:DescribeSecurityGroups was denied"), e.getMessage());
    }
}
