package org.msb.item;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.msb.error.InvalidItemException;
import org.msb.testkit.Reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.*;

class ConfigurationItemParserTest {

    private static JsonElement example(String relative) throws IOException {
        return JsonParser.parseString(Files.readString(Reference.examples().resolve(relative)));
    }

    @Test
    void parse_whenApiShape_decodesConfigurationAndDoubleEncodedAcl() throws IOException {
        ConfigurationItem ci = ConfigurationItemParser.parse(example("cloud-custodian/api-configuration-items/s3.json"));
        assertEquals("AWS::S3::Bucket", ci.resourceType());
        assertEquals("config-rule-sanity", ci.resourceId());
        assertEquals("644160558196", ci.accountId());
        assertEquals("arn:aws:s3:::config-rule-sanity", ci.arn());
        assertEquals(ItemStatus.ResourceDiscovered, ci.status());
        assertEquals(Instant.parse("2017-02-04T11:10:33.880Z"), ci.captureTime());
        assertEquals("config-rule-sanity", ci.property("name").text());
        // AccessControlList is a JSON string holding a JSON string upstream
        assertEquals("FullControl", ci.supplementary("AccessControlList").path("grantList").at(0).get("permission").text());
        assertTrue(ci.supplementary("BucketLoggingConfiguration").isObject());
        assertTrue(ci.supplementary("BucketLoggingConfiguration").get("destinationBucketName").isMissing());
        assertEquals("false", ci.supplementary("IsRequesterPaysEnabled").text());
        assertEquals("Earth", ci.tag("Planet"));
    }

    @Test
    void parse_whenARelationshipHasNoResourceType_failsNamingItemAndRelationship() {
        com.google.gson.JsonObject item = com.google.gson.JsonParser.parseString("""
                {"resourceType": "AWS::EC2::VPC", "resourceId": "vpc-0a1b2c3d", "configurationItemStatus": "OK",
                 "configuration": {"vpcId": "vpc-0a1b2c3d"},
                 "relationships": [{"resourceType": "AWS::EC2::Subnet", "resourceId": "subnet-1", "name": "Contains Subnet"},
                                   {"resourceId": "subnet-2", "name": "Contains Subnet"}]}""").getAsJsonObject();

        org.msb.error.InvalidItemException e = assertThrows(org.msb.error.InvalidItemException.class, () -> ConfigurationItemParser.parse(item));

        assertTrue(e.getMessage().startsWith("AWS::EC2::VPC vpc-0a1b2c3d: relationship 2 has no resourceType"), e.getMessage());
    }

    @Test
    void parse_whenInvocationShape_readsEventFieldNames() throws IOException {
        JsonElement event = example("cloud-custodian/rule-invocation-events/event-config-rule-security-group.json");
        JsonElement invoking = JsonParser.parseString(event.getAsJsonObject().get("invokingEvent").getAsString());
        JsonElement item = findItem(invoking);
        ConfigurationItem ci = ConfigurationItemParser.parse(item);
        assertEquals("AWS::EC2::SecurityGroup", ci.resourceType());
        assertNotNull(ci.accountId());
        assertTrue(ci.property("ipPermissions").isArray());
        assertEquals("Is associated with NetworkInterface", ci.relationships().get(0).name());
    }

    @Test
    void parse_whenSelectRow_readsTagListsAndObjects() {
        String row = "{\"resourceType\":\"AWS::EC2::SecurityGroup\",\"resourceId\":\"sg-1\",\"configuration\":{\"groupId\":\"sg-1\"},"
                + "\"tags\":[{\"key\":\"owner\",\"value\":\"jane\"}],\"configurationItemCaptureTime\":1700000000.5}";
        ConfigurationItem ci = ConfigurationItemParser.parse(row);
        assertEquals("jane", ci.tag("owner"));
        assertEquals(Instant.ofEpochSecond(1700000000, 500_000_000), ci.captureTime());
        assertEquals(ItemStatus.OK, ci.status());
    }

    @Test
    void parse_whenRecordedDatetimeObject_readsIt() {
        String row = "{\"resourceType\":\"AWS::S3::Bucket\",\"resourceId\":\"b\",\"configurationItemCaptureTime\":"
                + "{\"__class__\":\"datetime\",\"year\":2019,\"month\":4,\"day\":28,\"hour\":11,\"minute\":42,\"second\":22,\"microsecond\":0}}";
        assertEquals(Instant.parse("2019-04-28T11:42:22Z"), ConfigurationItemParser.parse(row).captureTime());
    }

    @Test
    void parse_whenNoResourceType_namesTheField() {
        InvalidItemException e = assertThrows(InvalidItemException.class, () -> ConfigurationItemParser.parse("{\"resourceId\":\"x\"}"));
        assertTrue(e.getMessage().contains("resourceType"), e.getMessage());
    }

    @Test
    void parse_whenBadTimestampOrStatus_namesTheResource() {
        InvalidItemException t = assertThrows(InvalidItemException.class, () -> ConfigurationItemParser.parse(
                "{\"resourceType\":\"AWS::S3::Bucket\",\"resourceId\":\"b\",\"configurationItemCaptureTime\":\"yesterday\"}"));
        assertTrue(t.getMessage().contains("AWS::S3::Bucket b") && t.getMessage().contains("yesterday"), t.getMessage());
        InvalidItemException s = assertThrows(InvalidItemException.class, () -> ConfigurationItemParser.parse(
                "{\"resourceType\":\"AWS::S3::Bucket\",\"resourceId\":\"b\",\"configurationItemStatus\":\"Gone\"}"));
        assertTrue(s.getMessage().contains("Gone"), s.getMessage());
    }

    @Test
    void parse_whenNotAnObject_saysSo() {
        assertThrows(InvalidItemException.class, () -> ConfigurationItemParser.parse("[1,2]"));
        assertThrows(InvalidItemException.class, () -> ConfigurationItemParser.parse("{not json"));
    }

    @Test
    void parse_everyRdkSampleThatIsValidJson() throws IOException {
        int parsed = 0;
        try (var files = Files.list(Reference.examples().resolve("aws-config-rdk/example_ci"))) {
            for (Path f : files.toList()) {
                JsonElement root;
                try {
                    root = JsonParser.parseString(Files.readString(f));
                } catch (RuntimeException notJson) {
                    continue;  // two upstream samples are not valid JSON (SOURCES.md)
                }
                JsonElement item = findItem(root);
                if (item == null) continue;
                if (item.getAsJsonObject().toString().matches(".*\"configurationItemCaptureTime\":\"datetime\\.datetime\\(.*")) {
                    // rdk wrote Python reprs as capture times in some samples: not an AWS shape, must be refused clearly
                    InvalidItemException e = assertThrows(InvalidItemException.class, () -> ConfigurationItemParser.parse(item), f.toString());
                    assertTrue(e.getMessage().contains("is not an ISO-8601 timestamp"), e.getMessage());
                    continue;
                }
                ConfigurationItem ci = ConfigurationItemParser.parse(item);
                assertFalse(ci.resourceType().isEmpty(), f.toString());
                parsed++;
            }
        }
        assertTrue(parsed >= 40, "parsed " + parsed);
    }

    /** The first object holding resourceType and configuration, looking through arrays and invokingEvent payloads. */
    static JsonElement findItem(JsonElement e) {
        if (e == null) return null;
        if (e.isJsonArray()) {
            for (JsonElement x : e.getAsJsonArray()) {
                JsonElement f = findItem(x);
                if (f != null) return f;
            }
        } else if (e.isJsonObject()) {
            var o = e.getAsJsonObject();
            if (o.has("resourceType") && o.has("configuration")) return o;
            for (var m : o.entrySet()) {
                JsonElement f = findItem(m.getValue());
                if (f != null) return f;
            }
        }
        return null;
    }
}
