package org.msb.rules.ssminventory;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** An EC2 instance item in the invocation shape (items/instance.json), with its id and state set. */
final class ScenarioItems {
    private ScenarioItems() {}

    static String instance(String id, String state, int code) {
        try (InputStream in = ScenarioItems.class.getResourceAsStream("/items/instance.json")) {
            JsonObject o = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
            o.addProperty("resourceId", id);
            o.addProperty("ARN", "arn:aws:ec2:eu-west-1:111122223333:instance/" + id);
            JsonObject conf = o.getAsJsonObject("configuration");
            conf.addProperty("instanceId", id);
            conf.getAsJsonObject("state").addProperty("name", state);
            conf.getAsJsonObject("state").addProperty("code", code);
            return o.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
