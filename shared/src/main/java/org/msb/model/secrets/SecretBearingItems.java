package org.msb.model.secrets;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Configuration items that hold plain values which may be secrets, and where: an ECS task definition's
 * {@code ContainerDefinitions[].Environment[].Value} and a CloudFormation stack's
 * {@code parameters[].parameterValue} (a NoEcho parameter's value is recorded masked, {@value #MASKED}, and so
 * holds nothing). The rule scans them here, and a capture writes the item with every value that could be a
 * secret (those, and tag values on any type) replaced by its {@link RedactedValue traits}, so a world file never
 * holds one. (Lambda environment
 * variables and EC2 user data are not in items at all; see the DP facts.)
 */
public final class SecretBearingItems {
    public static final String ECS_TASK_DEFINITION = "AWS::ECS::TaskDefinition";
    public static final String CLOUDFORMATION_STACK = "AWS::CloudFormation::Stack";
    /** What Config and DescribeStacks show for the value of a NoEcho parameter. */
    public static final String MASKED = "****";

    private SecretBearingItems() {}

    /** The traits of every plain value of the item that could hold a secret; empty for other types. */
    public static List<ScannedValue> scan(ConfigurationItem item) {
        List<ScannedValue> out = new ArrayList<>();
        if (ECS_TASK_DEFINITION.equals(item.resourceType())) {
            for (Node c : item.property("ContainerDefinitions").list()) {
                String where = "container " + c.get("Name").text("?");
                for (Node e : c.get("Environment").list()) {
                    String value = e.get("Value").text();
                    if (value != null) out.add(SecretScanner.scanVariable(e.get("Name").text("?"), where, value));
                }
            }
        } else if (CLOUDFORMATION_STACK.equals(item.resourceType())) {
            for (Node p : item.property("parameters").list()) {
                String value = p.get("parameterValue").text();
                if (value != null && !isMasked(value)) out.add(SecretScanner.scanVariable(p.get("parameterKey").text("?"), value));
            }
        }
        return out;
    }

    /** True for a NoEcho parameter's value as AWS shows it: asterisks only. */
    public static boolean isMasked(String value) { return value.matches("\\*{3,}"); }

    /** The item with each value that could be a secret replaced by its traits; the item itself when there is none. */
    public static ConfigurationItem redact(ConfigurationItem item) {
        JsonElement conf = item.configuration().json();
        if (!conf.isJsonObject()) return item;
        boolean changed = false;
        for (NamedValue f : namedValues(item.resourceType(), conf.getAsJsonObject())) {
            JsonElement value = f.holder().get(f.valueKey());
            if (value == null || !value.isJsonPrimitive()) continue;
            String redacted = redactedOrNull(text(f.holder(), f.nameKey()), value.getAsString());
            if (redacted == null) continue;
            f.holder().addProperty(f.valueKey(), redacted);
            changed = true;
        }
        // Tags are free-form on every type: a tag holding a secret is kept as its traits too.
        Map<String, String> tags = new LinkedHashMap<>();
        for (Map.Entry<String, String> t : item.tags().entrySet()) {
            String redacted = redactedOrNull(t.getKey(), t.getValue());
            tags.put(t.getKey(), redacted == null ? t.getValue() : redacted);
            changed |= redacted != null;
        }
        if (!changed) return item;
        return new ConfigurationItem(item.accountId(), item.arn(), item.awsRegion(), item.resourceType(), item.resourceId(),
                item.resourceName(), item.status(), item.captureTime(), item.resourceCreationTime(), item.availabilityZone(),
                Node.of(conf), item.supplementaryConfiguration(), tags, item.relationships());
    }

    /** The value's traits when it could be a secret; null when it is plain, already redacted or masked. */
    private static String redactedOrNull(String name, String text) {
        if (text == null || RedactedValue.isRedacted(text) || isMasked(text)) return null;
        ScannedValue v = SecretScanner.scanVariable(name, text);
        return v.isInert() ? null : RedactedValue.of(v);
    }

    /** One object of the configuration holding a value under a name: an ECS environment entry, a stack parameter. */
    private record NamedValue(JsonObject holder, String nameKey, String valueKey) {}

    private static List<NamedValue> namedValues(String type, JsonObject conf) {
        List<NamedValue> out = new ArrayList<>();
        if (ECS_TASK_DEFINITION.equals(type)) {
            for (JsonElement c : array(conf.get("ContainerDefinitions"))) {
                if (!c.isJsonObject()) continue;
                for (JsonElement e : array(c.getAsJsonObject().get("Environment"))) {
                    if (e.isJsonObject()) out.add(new NamedValue(e.getAsJsonObject(), "Name", "Value"));
                }
            }
        } else if (CLOUDFORMATION_STACK.equals(type)) {
            for (JsonElement p : array(conf.get("parameters"))) {
                if (p.isJsonObject()) out.add(new NamedValue(p.getAsJsonObject(), "parameterKey", "parameterValue"));
            }
        }
        // the configuration's own copy of the tags, [{key, value}] or [{Key, Value}] depending on the type
        for (String key : List.of("tags", "Tags", "tagList", "TagList")) {
            for (JsonElement t : array(conf.get(key))) {
                if (!t.isJsonObject()) continue;
                JsonObject o = t.getAsJsonObject();
                if (o.has("key") && o.has("value")) out.add(new NamedValue(o, "key", "value"));
                else if (o.has("Key") && o.has("Value")) out.add(new NamedValue(o, "Key", "Value"));
            }
        }
        return out;
    }

    private static String text(JsonObject o, String key) {
        JsonElement n = o.get(key);
        return n == null || !n.isJsonPrimitive() ? null : n.getAsString();
    }

    private static JsonArray array(JsonElement e) { return e != null && e.isJsonArray() ? e.getAsJsonArray() : new JsonArray(); }
}
