package org.msb.internal.world;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msb.error.InvalidWorldException;
import org.msb.fuzz.Seeds;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The world reader reads a file in one pass, an item at a time: what it reads must be what parsing the whole tree
 * gives, and an error deep in a big file must still name the file and the place (the item's index, the byte offset).
 */
class WorldStreamingTest {
    private static final String HEAD = "{\"format\":\"msb-world/1\",\"accountId\":\"111122223333\",\"region\":\"eu-west-1\",";
    @TempDir Path dir;

    @Test
    void streamedItemsEqualTheItemsParsedFromTheWholeTree() throws IOException {
        // every seed item shape (invocation, API, select rows, snapshots...), each twice, so names and values repeat
        JsonArray items = new JsonArray();
        for (int copy = 0; copy < 2; copy++) {
            for (JsonElement seed : Seeds.json("items")) {
                if (!parses(seed)) continue;  // the malformed seeds are the fuzz tests' business
                JsonObject item = seed.getAsJsonObject().deepCopy();
                item.addProperty("resourceId", item.get("resourceId").getAsString() + "-" + copy);
                items.add(item);
            }
        }
        assertTrue(items.size() > 100, "seed items: " + items.size());
        Path f = write("w.json", HEAD + "\"configurationItems\":" + items + "}");

        List<ConfigurationItem> streamed = sorted(WorldReader.readWorld(f).account().allItems());

        List<ConfigurationItem> fromTree = new ArrayList<>();
        for (JsonElement i : items) {
            ConfigurationItem ci = ConfigurationItemParser.parse(JsonParser.parseString(i.toString()));
            if (ci.status().isEvaluable()) fromTree.add(ci);  // a world holds the evaluable ones
        }
        assertEquals(sorted(fromTree), streamed);
        // and the nodes give back the JSON they were read from
        JsonObject first = items.get(0).getAsJsonObject();
        String firstId = first.get("resourceId").getAsString();
        ConfigurationItem firstRead = streamed.stream().filter(i -> i.resourceId().equals(firstId)).findFirst().orElseThrow();
        assertEquals(first.get("configuration"), firstRead.configuration().json());
    }

    @Test
    void gzippedWorldGivesTheSameItemsAsThePlainOne() throws IOException {
        Path plain = write("w.json", world(500, -1, null));
        Path gz = gzip(plain);
        assertEquals(WorldReader.readWorld(plain).account().allItems(), WorldReader.readWorld(gz).account().allItems());
        assertEquals(500, WorldReader.readWorld(gz).account().items("AWS::EC2::SecurityGroup").size());
    }

    @Test
    void malformedJsonInTheMiddleOfABigFileNamesTheItemIndex() throws IOException {
        Path f = write("big.json", world(20_000, 12_345, "{\"groupId\": }"));
        InvalidWorldException e = assertThrows(InvalidWorldException.class, () -> WorldReader.readWorld(f));
        assertNames(e, f.toString(), "is not valid JSON", "configurationItems[12345].configuration");
    }

    @Test
    void itemWithoutAResourceTypeInTheMiddleOfABigFileNamesItsIndex() throws IOException {
        String text = world(20_000, -1, null).replace("{\"resourceType\":\"AWS::EC2::SecurityGroup\",\"resourceId\":\"sg-12345\"",
                "{\"resourceId\":\"sg-12345\"");
        Path f = write("big.json", text);
        InvalidWorldException e = assertThrows(InvalidWorldException.class, () -> WorldReader.readWorld(f));
        assertNames(e, f.toString(), "configurationItems[12345]", "no resourceType");
    }

    @Test
    void truncatedFileNamesWhereItEnded() throws IOException {
        String text = world(3_000, -1, null);
        Path f = write("cut.json", text.substring(0, text.indexOf("\"sg-2500\"")));
        InvalidWorldException e = assertThrows(InvalidWorldException.class, () -> WorldReader.readWorld(f));
        assertNames(e, f.toString(), "is not valid JSON", "configurationItems[2500]");
    }

    @Test
    void invalidUtf8DeepInTheFileNamesItsByteOffsetAndItem() throws IOException {
        byte[] bytes = world(5_000, -1, null).getBytes(StandardCharsets.UTF_8);
        int at = new String(bytes, StandardCharsets.UTF_8).indexOf("sg-4000\"") + 3;  // ASCII before it: chars are bytes
        bytes[at] = (byte) 0xff;
        Path f = dir.resolve("bad.json");
        Files.write(f, bytes);
        InvalidWorldException e = assertThrows(InvalidWorldException.class, () -> WorldReader.readWorld(f));
        assertNames(e, f.toString(), "not valid UTF-8", "0xff", "offset " + at, "configurationItems[4000]");
        // gzipped, the offset counts the uncompressed bytes
        InvalidWorldException z = assertThrows(InvalidWorldException.class, () -> WorldReader.readWorld(gzip(f)));
        assertNames(z, "bad.json.gz", "not valid UTF-8", "offset " + at);
    }

    @Test
    void gzippedConfigSnapshotIsReadWithAccountAndRegionFromItsItems() throws IOException {
        StringBuilder s = new StringBuilder("{\"fileVersion\":\"1.0\",\"configSnapshotId\":\"abc\",\"configurationItems\":[");
        for (int i = 0; i < 1_000; i++) {
            s.append(i == 0 ? "" : ",").append("{\"configurationItemVersion\":\"1.3\",\"awsAccountId\":\"444455556666\",")
                    .append("\"awsRegion\":\"us-west-2\",\"resourceType\":\"AWS::S3::Bucket\",\"resourceId\":\"b").append(i)
                    .append("\",\"configuration\":{\"name\":\"b").append(i).append("\"},\"configurationItemStatus\":\"OK\",")
                    .append("\"supplementaryConfiguration\":{\"PublicAccessBlockConfiguration\":\"{\\\"blockPublicAcls\\\":true}\"}}");
        }
        Path f = gzip(write("snap.json", s.append("]}").toString()));
        World w = WorldReader.readConfigSnapshot(f);
        assertEquals("444455556666", w.account().accountId());
        assertEquals("us-west-2", w.account().region());
        assertEquals(1_000, w.account().items("AWS::S3::Bucket").size());
        ConfigurationItem b = w.account().item("AWS::S3::Bucket", "b999").orElseThrow();
        assertEquals("b999", b.property("name").text());
        assertTrue(b.supplementary("PublicAccessBlockConfiguration").get("blockPublicAcls").isTrue(), "JSON text decoded");
    }

    @Test
    void theFileIsCheckedInTheSameOrderAsBeforeStreaming() throws IOException {
        // items come first in this file, yet a wrong format is what is reported, not its bad item
        Path f = write("order.json", "{\"configurationItems\":[{\"resourceId\":\"x\"}],\"format\":\"other\"}");
        assertNames(assertThrows(InvalidWorldException.class, () -> WorldReader.readWorld(f)), "not a world file");
        Path g = write("items.json", HEAD + "\"configurationItems\":{\"a\":1}}");
        assertNames(assertThrows(InvalidWorldException.class, () -> WorldReader.readWorld(g)), "\"configurationItems\" must be an array");
    }

    @Test
    void aRepeatedMemberReplacesTheEarlierOneAsJsonParserDoes() throws IOException {
        String item = "{\"resourceType\":\"AWS::S3::Bucket\",\"resourceId\":\"%s\",\"configuration\":{\"name\":\"a\",\"name\":\"b\"}}";
        Path f = write("dup.json", HEAD + "\"configurationItems\":[" + item.formatted("first") + "],\"region\":\"us-east-2\","
                + "\"configurationItems\":[" + item.formatted("second") + "]}");
        World w = WorldReader.readWorld(f);
        assertEquals(List.of("second"), w.account().allItems().stream().map(ConfigurationItem::resourceId).toList());
        assertEquals("b", w.account().allItems().get(0).property("name").text());
        assertEquals("us-east-2", w.account().region());
    }

    @Test
    void readFromAStreamAsFromAFile() throws IOException {
        String text = world(50, -1, null);
        World fromStream = WorldReader.readWorld(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in-memory");
        assertEquals(WorldReader.readWorld(write("w.json", text)).account().allItems(), fromStream.account().allItems());
        assertEquals("in-memory", fromStream.name());
    }

    /** A world of n security groups "sg-0".."sg-(n-1)"; item {@code bad} gets {@code badConfiguration} as its configuration. */
    private static String world(int n, int bad, String badConfiguration) {
        StringBuilder s = new StringBuilder(HEAD).append("\"configurationItems\":[\n");
        for (int i = 0; i < n; i++) {
            String conf = i == bad ? badConfiguration
                    : "{\"groupId\":\"sg-" + i + "\",\"ipPermissions\":[{\"ipProtocol\":\"tcp\",\"fromPort\":443,\"toPort\":443,"
                    + "\"ipRanges\":[\"10.0.0.0/8\"]}],\"tags\":[{\"key\":\"Name\",\"value\":\"web\"}]}";
            s.append(i == 0 ? "" : ",\n").append("{\"resourceType\":\"AWS::EC2::SecurityGroup\",\"resourceId\":\"sg-").append(i)
                    .append("\",\"awsAccountId\":\"111122223333\",\"awsRegion\":\"eu-west-1\",\"configurationItemStatus\":\"OK\",")
                    .append("\"configurationItemCaptureTime\":\"2026-11-30T08:00:00.000Z\",\"configuration\":").append(conf)
                    .append(",\"tags\":{\"Name\":\"web\"},\"relationships\":[{\"resourceType\":\"AWS::EC2::VPC\",\"resourceId\":\"vpc-1\",")
                    .append("\"name\":\"Is contained in Vpc\"}]}");
        }
        return s.append("]}\n").toString();
    }

    private Path write(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return f;
    }

    private static Path gzip(Path plain) throws IOException {
        Path gz = plain.resolveSibling(plain.getFileName() + ".gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(plain, out);
        }
        return gz;
    }

    private static boolean parses(JsonElement seed) {
        try {
            ConfigurationItemParser.parse(seed);
            return seed.getAsJsonObject().get("resourceId").isJsonPrimitive();
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    private static List<ConfigurationItem> sorted(List<ConfigurationItem> items) {
        List<ConfigurationItem> out = new ArrayList<>(items);
        out.sort(Comparator.comparing(ConfigurationItem::resourceType).thenComparing(ConfigurationItem::resourceId));
        return out;
    }

    private static void assertNames(Exception e, String... parts) {
        for (String p : parts) assertTrue(e.getMessage().contains(p), "\"" + p + "\" not in: " + e.getMessage());
    }
}
