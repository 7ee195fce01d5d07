package org.msb.internal.world;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.msb.error.InvalidRegisterException;
import org.msb.error.InvalidWorldException;
import org.msb.item.ConfigurationItem;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionRegisterParser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the two offline sources: world files ({@code msb-world/1}, written by {@code msb capture}) and
 * AWS Config snapshots as delivered to S3 (optionally gzipped). Every problem names the file and the place.
 */
public final class WorldReader {
    public static final String FORMAT = "msb-world/1";

    private WorldReader() {}

    public static World readWorld(Path file) {
        return world(readDocument(file), file.toString());
    }

    public static World readWorld(InputStream in, String name) {
        return world(WorldDocumentReader.read(in, name), name);
    }

    /** A world from its JSON form (the demo account, tests); {@code name} is used in errors. */
    public static World fromJson(JsonObject root, String name) {
        JsonObject head = new JsonObject();
        for (Map.Entry<String, JsonElement> m : root.entrySet()) {
            if (!m.getKey().equals(WorldDocumentReader.ITEMS)) head.add(m.getKey(), m.getValue());
        }
        ItemCollector items = ItemCollector.of(root.get(WorldDocumentReader.ITEMS), name, WorldDocumentReader.ITEMS);
        return world(new WorldDocumentReader.WorldDocument(head, items), name);
    }

    /** Checks a world's members in a fixed order (format, account, region, time, items, ...) and builds it. */
    private static World world(WorldDocumentReader.WorldDocument doc, String name) {
        JsonObject root = doc.head();
        String format = text(root, "format");
        if (!FORMAT.equals(format)) {
            throw new InvalidWorldException(name + ": not a world file (\"format\" is " + (format == null ? "missing" : "\"" + format + "\"")
                    + ", expected \"" + FORMAT + "\"; for a Config snapshot use --config-snapshot)");
        }
        String account = text(root, "accountId");
        if (account == null || !account.matches("\\d{12}")) throw new InvalidWorldException(name + ": \"accountId\" must be a 12-digit account id");
        String region = text(root, "region");
        if (region == null || region.isBlank()) throw new InvalidWorldException(name + ": \"region\" is missing");
        Instant captured = null;
        if (text(root, "capturedAt") != null) {
            try {
                captured = Instant.parse(text(root, "capturedAt"));
            } catch (DateTimeParseException e) {
                throw new InvalidWorldException(name + ": \"capturedAt\" is not an ISO-8601 instant");
            }
        }
        List<ConfigurationItem> items = doc.items() == null ? List.of() : doc.items().items();
        Map<String, JsonElement> facts = new LinkedHashMap<>();
        JsonElement f = root.get("facts");
        if (f != null && !f.isJsonNull()) {
            if (!f.isJsonObject()) throw new InvalidWorldException(name + ": \"facts\" must be an object of fact name to value");
            f.getAsJsonObject().entrySet().forEach(e -> facts.put(e.getKey(), e.getValue()));
        }
        ExceptionRegister register = ExceptionRegister.empty();
        JsonElement ex = root.get("exceptions");
        if (ex != null && !ex.isJsonNull()) {
            try {
                register = ExceptionRegisterParser.parse(ex.toString(), name + "#exceptions");
            } catch (InvalidRegisterException e) {
                throw new InvalidWorldException(e.getMessage(), e);
            }
        }
        Map<String, Map<String, String>> params = new LinkedHashMap<>();
        JsonElement p = root.get("parameters");
        if (p != null && !p.isJsonNull()) {
            if (!p.isJsonObject()) throw new InvalidWorldException(name + ": \"parameters\" must map rule ids to parameter objects");
            for (Map.Entry<String, JsonElement> r : p.getAsJsonObject().entrySet()) {
                if (!r.getValue().isJsonObject()) throw new InvalidWorldException(name + ": parameters of " + r.getKey() + " must be an object");
                Map<String, String> values = new LinkedHashMap<>();
                r.getValue().getAsJsonObject().entrySet().forEach(v -> values.put(v.getKey(), v.getValue().isJsonPrimitive() ? v.getValue().getAsString() : v.getValue().toString()));
                params.put(r.getKey(), values);
            }
        }
        Map<String, String> unavailable = new LinkedHashMap<>();
        JsonElement u = root.get("unavailable");
        if (u != null && !u.isJsonNull()) {
            if (!u.isJsonObject()) throw new InvalidWorldException(name + ": \"unavailable\" must map fact names and \"items:TYPE\" to reasons");
            u.getAsJsonObject().entrySet().forEach(e -> unavailable.put(e.getKey(),
                    e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString()));
        }
        StaticAccountView view = new StaticAccountView(account, region, items, facts,
                "not in world " + name + " (record it with msb capture --live)", unavailable);
        return new World(name, text(root, "description"), captured, view, register, params);
    }

    /** Reads an AWS Config snapshot ({"configurationItems": [...]}); account and region come from the items. */
    public static World readConfigSnapshot(Path file) {
        WorldDocumentReader.WorldDocument doc = readDocument(file);
        JsonObject root = doc.head();
        String name = file.toString();
        if (doc.items() == null) throw new InvalidWorldException(name + ": not an AWS Config snapshot (no \"configurationItems\")");
        List<ConfigurationItem> items = doc.items().items();
        String account = items.stream().map(ConfigurationItem::accountId).filter(a -> a != null && a.matches("\\d{12}")).findFirst()
                .orElseThrow(() -> new InvalidWorldException(name + ": no configuration item names its account"));
        String region = items.stream().map(ConfigurationItem::awsRegion).filter(r -> r != null && !r.isBlank() && !r.equals("global")).findFirst()
                .orElse("us-east-1");
        StaticAccountView view = new StaticAccountView(account, region, items, Map.of(),
                "not in the Config snapshot " + name + " (snapshots hold configuration items only; use msb capture --live for facts)");
        return new World(name, "AWS Config snapshot " + text(root, "configSnapshotId"), null, view, ExceptionRegister.empty(), Map.of());
    }

    private static WorldDocumentReader.WorldDocument readDocument(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return WorldDocumentReader.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidWorldException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidWorldException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject o, String k) {
        JsonElement e = o.get(k);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
