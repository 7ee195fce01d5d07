package org.msb.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.msb.error.InvalidWorldException;
import org.msb.internal.world.World;
import org.msb.internal.world.WorldReader;
import org.msb.rule.Section;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The bundled demo account: a fictional production account with compliant and non-compliant resources for
 * every rule. It is kept as a header ({@code demo/world.json}) plus one fragment per baseline section
 * ({@code demo/IAM.json}, ...), each holding that section's items, facts, exceptions and parameters, so rules
 * of different sections add their resources without touching each other's.
 */
public final class DemoAccount {
    static final String BASE = "/org/msb/cli/demo/world.json";
    private static final Set<String> FRAGMENT_KEYS = Set.of("about", "configurationItems", "facts", "exceptions", "parameters");

    private DemoAccount() {}

    public static World load() { return WorldReader.fromJson(json(), "demo account"); }

    /** The merged world JSON: the header with every section fragment folded in. */
    public static JsonObject json() {
        JsonObject world = read(BASE);
        JsonArray items = world.has("configurationItems") ? world.getAsJsonArray("configurationItems") : new JsonArray();
        JsonObject facts = new JsonObject(), parameters = new JsonObject();
        JsonArray exceptions = new JsonArray(), attestations = new JsonArray();
        Set<String> itemKeys = new HashSet<>();
        for (Section s : Section.values()) {
            String name = "/org/msb/cli/demo/" + s.name() + ".json";
            if (DemoAccount.class.getResource(name) == null) continue;
            JsonObject f = read(name);
            for (String k : f.keySet()) {
                if (!FRAGMENT_KEYS.contains(k)) throw new InvalidWorldException("demo fragment " + name + ": unknown key \"" + k + "\"");
            }
            if (f.has("configurationItems")) {
                for (JsonElement i : f.getAsJsonArray("configurationItems")) {
                    JsonObject o = i.getAsJsonObject();
                    String key = text(o, "resourceType") + " " + text(o, "resourceId");
                    if (!itemKeys.add(key)) throw new InvalidWorldException("demo fragment " + name + ": item " + key + " is defined twice");
                    items.add(o);
                }
            }
            mergeUnique(facts, f.getAsJsonObject("facts"), name, "fact");
            mergeUnique(parameters, f.getAsJsonObject("parameters"), name, "parameters of rule");
            if (f.has("exceptions")) {
                JsonObject r = f.getAsJsonObject("exceptions");
                if (r.has("exceptions")) exceptions.addAll(r.getAsJsonArray("exceptions"));
                if (r.has("attestations")) attestations.addAll(r.getAsJsonArray("attestations"));
            }
        }
        world.add("configurationItems", items);
        world.add("facts", facts);
        world.add("parameters", parameters);
        JsonObject register = new JsonObject();
        register.add("exceptions", exceptions);
        register.add("attestations", attestations);
        world.add("exceptions", register);
        return world;
    }

    private static void mergeUnique(JsonObject into, JsonObject from, String fragment, String what) {
        if (from == null) return;
        for (Map.Entry<String, JsonElement> e : from.entrySet()) {
            if (into.has(e.getKey())) throw new InvalidWorldException("demo fragment " + fragment + ": " + what + " " + e.getKey() + " is defined twice");
            into.add(e.getKey(), e.getValue());
        }
    }

    private static JsonObject read(String resource) {
        try (InputStream in = DemoAccount.class.getResourceAsStream(resource)) {
            if (in == null) throw new InvalidWorldException("the demo account resource " + resource + " is missing from the msb jar");
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        } catch (IOException | JsonParseException | IllegalStateException e) {
            throw new InvalidWorldException("the demo account resource " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject o, String k) { return o.has(k) ? o.get(k).getAsString() : "?"; }
}
