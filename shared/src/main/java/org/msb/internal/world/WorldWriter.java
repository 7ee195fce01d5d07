package org.msb.internal.world;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import org.msb.error.InvalidWorldException;
import org.msb.item.ConfigurationItem;
import org.msb.item.Relationship;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * Writes worlds ({@value WorldReader#FORMAT}) that {@link WorldReader} reads back to equal items and
 * facts: items in the invocation shape (awsAccountId, ARN, configuration and supplementary values as
 * objects, tags as a map, relationships with "name"), facts in their Gson form, and what a capture could
 * not read under "unavailable". Nulls are kept: Config writes {@code "destinationBucketName": null}.
 */
public final class WorldWriter {
    private static final Gson PRETTY = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting().create();
    private static final Gson COMPACT = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final Gson FACTS = new Gson();

    private WorldWriter() {}

    /** A world's JSON form. */
    public static JsonObject world(String accountId, String region, Instant capturedAt, String description,
                                   Collection<ConfigurationItem> items, Map<String, ?> facts, Map<String, String> unavailable) {
        JsonObject w = new JsonObject();
        w.addProperty("format", WorldReader.FORMAT);
        w.addProperty("accountId", accountId);
        w.addProperty("region", region);
        if (capturedAt != null) w.addProperty("capturedAt", capturedAt.toString());
        if (description != null) w.addProperty("description", description);
        JsonArray a = new JsonArray();
        for (ConfigurationItem i : items) a.add(item(i));
        w.add("configurationItems", a);
        JsonObject f = new JsonObject();
        facts.forEach((name, value) -> f.add(name, fact(value)));
        w.add("facts", f);
        if (!unavailable.isEmpty()) {
            JsonObject u = new JsonObject();
            unavailable.forEach(u::addProperty);
            w.add("unavailable", u);
        }
        return w;
    }

    /** A fact value as JSON: a JsonElement as it is, anything else (records) through Gson. */
    public static JsonElement fact(Object value) {
        if (value == null) return JsonNull.INSTANCE;
        if (value instanceof JsonElement e) return e.deepCopy();
        return FACTS.toJsonTree(value);
    }

    /** One item in the invocation shape. */
    public static JsonObject item(ConfigurationItem i) {
        JsonObject o = new JsonObject();
        o.addProperty("configurationItemVersion", "1.3");
        o.addProperty("configurationItemCaptureTime", i.captureTime() == null ? null : i.captureTime().toString());
        o.addProperty("configurationItemStatus", i.status().name());
        o.addProperty("awsAccountId", i.accountId());
        o.addProperty("resourceType", i.resourceType());
        o.addProperty("resourceId", i.resourceId());
        o.addProperty("resourceName", i.resourceName());
        o.addProperty("ARN", i.arn());
        o.addProperty("awsRegion", i.awsRegion());
        o.addProperty("availabilityZone", i.availabilityZone());
        o.addProperty("resourceCreationTime", i.resourceCreationTime() == null ? null : i.resourceCreationTime().toString());
        o.add("configuration", i.configuration().json());
        JsonObject sup = new JsonObject();
        i.supplementaryConfiguration().forEach((k, v) -> sup.add(k, v.json()));
        o.add("supplementaryConfiguration", sup);
        JsonObject tags = new JsonObject();
        i.tags().forEach(tags::addProperty);
        o.add("tags", tags);
        JsonArray rels = new JsonArray();
        for (Relationship r : i.relationships()) {
            JsonObject x = new JsonObject();
            x.addProperty("resourceType", r.resourceType());
            x.addProperty("resourceId", r.resourceId());
            x.addProperty("resourceName", r.resourceName());
            x.addProperty("name", r.name());
            rels.add(x);
        }
        o.add("relationships", rels);
        return o;
    }

    public static String toJson(JsonObject world, boolean pretty) { return (pretty ? PRETTY : COMPACT).toJson(world); }

    /** Writes the world to a file (UTF-8, gzipped when the name ends in .gz), replacing it; names the file when it cannot. */
    public static void write(JsonObject world, Path file, boolean pretty) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            java.io.OutputStream raw = Files.newOutputStream(file);
            if (file.getFileName().toString().endsWith(".gz")) raw = new java.util.zip.GZIPOutputStream(raw);
            try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(raw, StandardCharsets.UTF_8))) {
                (pretty ? PRETTY : COMPACT).toJson(world, w);
                w.write('\n');
            }
        } catch (IOException e) {
            throw new InvalidWorldException(file + ": cannot be written: " + e.getMessage(), e);
        }
    }
}
