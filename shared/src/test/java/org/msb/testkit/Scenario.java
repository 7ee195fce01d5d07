package org.msb.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule-test case: a folder holding {@code scenario.json} (and item files it names). The folder name says
 * what it shows ({@code noncompliant-length-8}). Fields:
 * <pre>
 * description      what the case shows
 * now              the clock (default 2026-11-30T12:00:00Z)
 * accountId/region default 111122223333 / eu-west-1
 * trigger          "periodic", or {"change": ITEM, "eventLeftScope": false}
 * items            further account items (ITEM = an inline item in any Config shape, or a file name)
 * facts            fact name to JSON value
 * parameters       the rule's InputParameters
 * register         an exception register ({"exceptions": [...], "attestations": [...]})
 * expect           [{resourceType, resourceId, compliance, annotation (substring), exception (VALID|EXPIRED|ATTESTATION_OVERDUE)}]
 * expectNoResults  true: the run gives no evaluation at all (a global rule outside its HomeRegion)
 * expectError      {"type": "InvalidParameterException", "message": "substring"}
 * </pre>
 */
public record Scenario(String name, Path folder, JsonObject json) {
    public static final Instant DEFAULT_NOW = Instant.parse("2026-11-30T12:00:00Z");

    public static Scenario load(Path folder) {
        Path file = folder.resolve("scenario.json");
        try {
            return new Scenario(folder.getFileName().toString(), folder, JsonParser.parseString(Files.readString(file)).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("scenario " + file + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    public String description() { return str("description", name); }

    public Instant now() { return json.has("now") ? Instant.parse(json.get("now").getAsString()) : DEFAULT_NOW; }

    public String accountId() { return str("accountId", "111122223333"); }

    public String region() { return str("region", "eu-west-1"); }

    public boolean isPeriodic() {
        JsonElement t = json.get("trigger");
        return t == null || (t.isJsonPrimitive() && t.getAsString().equals("periodic"));
    }

    public JsonElement changeItem() {
        JsonObject t = json.getAsJsonObject("trigger");
        return resolve(t.get("change"));
    }

    public boolean eventLeftScope() {
        JsonObject t = json.getAsJsonObject("trigger");
        return t.has("eventLeftScope") && t.get("eventLeftScope").getAsBoolean();
    }

    public List<JsonElement> items() {
        List<JsonElement> out = new ArrayList<>();
        if (json.has("items")) for (JsonElement e : json.getAsJsonArray("items")) out.add(resolve(e));
        return out;
    }

    public JsonObject facts() { return json.has("facts") ? json.getAsJsonObject("facts") : new JsonObject(); }

    public JsonObject parameters() { return json.has("parameters") ? json.getAsJsonObject("parameters") : new JsonObject(); }

    public JsonObject register() { return json.has("register") ? json.getAsJsonObject("register") : null; }

    public JsonArray expect() { return json.has("expect") ? json.getAsJsonArray("expect") : new JsonArray(); }

    /** True when the scenario expects the run to give no evaluation (the home-region guard of a global rule). */
    public boolean expectNoResults() { return json.has("expectNoResults") && json.get("expectNoResults").getAsBoolean(); }

    public JsonObject expectError() { return json.has("expectError") ? json.getAsJsonObject("expectError") : null; }

    /** An item given inline, or as the name of a JSON file in the scenario folder. */
    JsonElement resolve(JsonElement e) {
        if (e.isJsonPrimitive()) {
            Path f = folder.resolve(e.getAsString());
            try {
                return JsonParser.parseString(Files.readString(f));
            } catch (IOException ex) {
                throw new UncheckedIOException("scenario " + name + ": cannot read item file " + f, ex);
            }
        }
        return e;
    }

    private String str(String k, String d) { return json.has(k) ? json.get(k).getAsString() : d; }

    @Override public String toString() { return name; }
}
