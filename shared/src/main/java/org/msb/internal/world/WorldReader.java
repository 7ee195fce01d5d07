package org.msb.internal.world;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonReader;
import org.msb.error.InvalidItemException;
import org.msb.error.InvalidRegisterException;
import org.msb.error.InvalidWorldException;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionRegisterParser;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads the two offline sources: world files ({@code msb-world/1}, written by {@code msb capture}) and
 * AWS Config snapshots as delivered to S3 (optionally gzipped). Every problem names the file and the place.
 */
public final class WorldReader {
    public static final String FORMAT = "msb-world/1";

    private WorldReader() {}

    public static World readWorld(Path file) {
        JsonObject root = parseFile(file);
        return fromJson(root, file.toString());
    }

    public static World readWorld(InputStream in, String name) {
        JsonObject root = parse(in, name);
        return fromJson(root, name);
    }

    /** A world from its JSON form; {@code name} is used in errors. */
    public static World fromJson(JsonObject root, String name) {
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
        List<ConfigurationItem> items = items(root.get("configurationItems"), name, "configurationItems");
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
        JsonObject root = parseFile(file);
        String name = file.toString();
        if (!root.has("configurationItems")) throw new InvalidWorldException(name + ": not an AWS Config snapshot (no \"configurationItems\")");
        List<ConfigurationItem> items = items(root.get("configurationItems"), name, "configurationItems");
        String account = items.stream().map(ConfigurationItem::accountId).filter(a -> a != null && a.matches("\\d{12}")).findFirst()
                .orElseThrow(() -> new InvalidWorldException(name + ": no configuration item names its account"));
        String region = items.stream().map(ConfigurationItem::awsRegion).filter(r -> r != null && !r.isBlank() && !r.equals("global")).findFirst()
                .orElse("us-east-1");
        StaticAccountView view = new StaticAccountView(account, region, items, Map.of(),
                "not in the Config snapshot " + name + " (snapshots hold configuration items only; use msb capture --live for facts)");
        return new World(name, "AWS Config snapshot " + text(root, "configSnapshotId"), null, view, ExceptionRegister.empty(), Map.of());
    }

    private static List<ConfigurationItem> items(JsonElement e, String name, String field) {
        if (e == null || e.isJsonNull()) return List.of();
        if (!e.isJsonArray()) throw new InvalidWorldException(name + ": \"" + field + "\" must be an array");
        JsonArray a = e.getAsJsonArray();
        List<ConfigurationItem> out = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            try {
                out.add(ConfigurationItemParser.parse(a.get(i)));
            } catch (InvalidItemException ex) {
                throw new InvalidWorldException(name + ": " + field + "[" + i + "]: " + ex.getMessage(), ex);
            }
        }
        return out;
    }

    static JsonObject parseFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidWorldException(file + ": no such file");
        } catch (IOException e) {
            throw new InvalidWorldException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    static JsonObject parse(InputStream raw, String name) {
        try {
            InputStream in = new BufferedInputStream(raw);
            in.mark(2);
            int b1 = in.read(), b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) in = new GZIPInputStream(in);
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            JsonReader reader = new JsonReader(new InputStreamReader(in, decoder));
            JsonElement root = JsonParser.parseReader(reader);
            if (!root.isJsonObject()) throw new InvalidWorldException(name + ": must hold a JSON object");
            return root.getAsJsonObject();
        } catch (JsonParseException e) {
            Throwable c = e.getCause();
            if (c instanceof CharacterCodingException) throw new InvalidWorldException(name + ": is not valid UTF-8", e);
            throw new InvalidWorldException(name + ": is not valid JSON: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new InvalidWorldException(name + ": cannot be read: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            throw new InvalidWorldException(name + ": JSON is nested too deeply");
        }
    }

    private static String text(JsonObject o, String k) {
        JsonElement e = o.get(k);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
