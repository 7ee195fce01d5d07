package org.msb.internal.live;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.msb.internal.world.World;
import org.msb.internal.world.WorldReader;
import org.msb.internal.world.WorldWriter;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.testkit.Reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WorldWriter then WorldReader gives equal items, for every shape of real item in the reference examples. */
class WorldWriterRoundTripTest {

    /** Every configuration item in the example files that the normaliser reads (events, API items, samples). */
    static List<ConfigurationItem> exampleItems() throws IOException {
        List<ConfigurationItem> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Reference.examples())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonElement root;
                try {
                    root = JsonParser.parseString(Files.readString(f));
                } catch (RuntimeException e) {
                    continue;  // two upstream samples are not valid JSON (SOURCES.md)
                }
                collect(root, out, 0);
            }
        }
        return out;
    }

    private static void collect(JsonElement e, List<ConfigurationItem> out, int depth) {
        if (depth > 8 || e == null) return;
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && e.getAsString().trim().startsWith("{")) {
            try {
                collect(JsonParser.parseString(e.getAsString()), out, depth + 1);
            } catch (RuntimeException notJson) {
                // a plain string
            }
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> collect(x, out, depth + 1));
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("resourceType") && o.has("resourceId") && o.has("configuration")) {
                try {
                    out.add(ConfigurationItemParser.parse(o));
                } catch (org.msb.error.InvalidItemException unreadable) {
                    // a few rdk samples carry Python reprs as timestamps; the normaliser rightly refuses them
                }
                return;
            }
            o.entrySet().forEach(x -> collect(x.getValue(), out, depth + 1));
        }
    }

    @Test
    void item_roundTripsEveryExampleShape() throws IOException {
        List<ConfigurationItem> items = exampleItems();
        assertTrue(items.size() > 60, "the reference examples hold many items: " + items.size());

        for (ConfigurationItem i : items) {
            String text = WorldWriter.toJson(WorldWriter.item(i), false);
            assertEquals(i, ConfigurationItemParser.parse(text), i.resourceType() + " " + i.resourceId());
        }
    }

    @Test
    void world_roundTripsItemsFactsAndGaps() throws IOException {
        List<ConfigurationItem> items = exampleItems().stream().filter(i -> i.status().isEvaluable()).toList();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("iam.passwordPolicy", org.msb.fact.PasswordPolicy.none());
        JsonObject json = WorldWriter.world("123456789012", "eu-west-1", Instant.parse("2026-01-02T03:04:05.678Z"), "examples",
                items, facts, Map.of("items:AWS::WAFv2::WebACL", "AccessDenied"));

        World w = WorldReader.fromJson(JsonParser.parseString(WorldWriter.toJson(json, true)).getAsJsonObject(), "examples");

        assertEquals(items.size(), w.account().allItems().size());
        for (ConfigurationItem i : items) {
            assertTrue(w.account().items(i.resourceType()).contains(i), i.resourceType() + " " + i.resourceId());
        }
        assertEquals(org.msb.fact.PasswordPolicy.none(), w.account().fact(org.msb.fact.Facts.PASSWORD_POLICY));
        assertEquals(Map.of("items:AWS::WAFv2::WebACL", "AccessDenied"), w.account().unavailable());
        assertEquals(Instant.parse("2026-01-02T03:04:05.678Z"), w.capturedAt());
    }
}
