package org.msb.model.secrets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Configuration items that hold plain values which may be secrets, and where: an ECS task definition's
 * {@code ContainerDefinitions[].Environment[].Value}. The rule scans them here, and a capture writes the item
 * with every value that could be a secret replaced by its {@link RedactedValue traits}, so a world file never
 * holds one. (Lambda environment variables and EC2 user data are not in items at all; see the DP facts.)
 */
public final class SecretBearingItems {
    public static final String ECS_TASK_DEFINITION = "AWS::ECS::TaskDefinition";

    private SecretBearingItems() {}

    /** The traits of every plain value of the item that could hold a secret; empty for other types. */
    public static List<ScannedValue> scan(ConfigurationItem item) {
        List<ScannedValue> out = new ArrayList<>();
        if (!ECS_TASK_DEFINITION.equals(item.resourceType())) return out;
        for (Node c : item.property("ContainerDefinitions").list()) {
            String where = "container " + c.get("Name").text("?");
            for (Node e : c.get("Environment").list()) {
                String value = e.get("Value").text();
                if (value != null) out.add(SecretScanner.scanVariable(e.get("Name").text("?"), where, value));
            }
        }
        return out;
    }

    /** The item with each value that could be a secret replaced by its traits; the item itself when there is none. */
    public static ConfigurationItem redact(ConfigurationItem item) {
        if (!ECS_TASK_DEFINITION.equals(item.resourceType())) return item;
        JsonElement conf = item.configuration().json();
        if (!conf.isJsonObject() || !conf.getAsJsonObject().has("ContainerDefinitions")) return item;
        boolean changed = false;
        for (JsonElement c : array(conf.getAsJsonObject().get("ContainerDefinitions"))) {
            if (!c.isJsonObject()) continue;
            for (JsonElement e : array(c.getAsJsonObject().get("Environment"))) {
                if (!e.isJsonObject()) continue;
                JsonObject env = e.getAsJsonObject();
                JsonElement value = env.get("Value");
                if (value == null || !value.isJsonPrimitive()) continue;
                ScannedValue v = SecretScanner.scanVariable(name(env), value.getAsString());
                if (v.isInert() || RedactedValue.isRedacted(value.getAsString())) continue;
                env.addProperty("Value", RedactedValue.of(v));
                changed = true;
            }
        }
        if (!changed) return item;
        return new ConfigurationItem(item.accountId(), item.arn(), item.awsRegion(), item.resourceType(), item.resourceId(),
                item.resourceName(), item.status(), item.captureTime(), item.resourceCreationTime(), item.availabilityZone(),
                Node.of(conf), item.supplementaryConfiguration(), item.tags(), item.relationships());
    }

    private static String name(JsonObject env) {
        JsonElement n = env.get("Name");
        return n == null || !n.isJsonPrimitive() ? null : n.getAsString();
    }

    private static JsonArray array(JsonElement e) { return e != null && e.isJsonArray() ? e.getAsJsonArray() : new JsonArray(); }
}
