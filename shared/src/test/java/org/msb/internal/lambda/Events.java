package org.msb.internal.lambda;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test events from src/test/resources/lambda/events, with helpers to change one field. */
final class Events {
    private Events() {}

    static JsonObject load(String name) {
        return JsonParser.parseString(resource("/lambda/events/" + name)).getAsJsonObject();
    }

    static String resource(String path) {
        try (InputStream in = Events.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("no test resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The invokingEvent string, parsed. */
    static JsonObject invoking(JsonObject event) {
        return JsonParser.parseString(event.get("invokingEvent").getAsString()).getAsJsonObject();
    }

    static JsonObject withInvoking(JsonObject event, JsonObject invoking) {
        JsonObject copy = event.deepCopy();
        copy.addProperty("invokingEvent", invoking.toString());
        return copy;
    }

    /** The change event's configuration item, for edits. */
    static JsonObject item(JsonObject event) {
        return invoking(event).getAsJsonObject("configurationItem");
    }

    static JsonObject withItem(JsonObject event, JsonObject item) {
        JsonObject inv = invoking(event);
        inv.add("configurationItem", item);
        return withInvoking(event, inv);
    }

    static JsonObject withParameters(JsonObject event, String json) {
        JsonObject copy = event.deepCopy();
        copy.addProperty("ruleParameters", json);
        return copy;
    }

    static byte[] bytes(JsonObject event) {
        return event.toString().getBytes(StandardCharsets.UTF_8);
    }
}
