package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.msb.internal.live.BuildContext;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * One configuration item being assembled in the invocation shape (awsAccountId, ARN, configuration as an
 * object, relationships with "name") and handed to {@link ConfigurationItemParser}, so built items go
 * through the same normaliser as items from Config.
 */
final class ItemDraft {
    /** Config writes timestamps inside configuration with milliseconds: 2019-02-12T07:21:45.000Z. */
    private static final DateTimeFormatter CONFIG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final JsonObject o = new JsonObject();
    private final JsonObject supplementary = new JsonObject();
    private final JsonObject tags = new JsonObject();
    private final JsonArray relationships = new JsonArray();

    ItemDraft(BuildContext ctx, String resourceType, String resourceId) {
        o.addProperty("configurationItemVersion", "1.3");
        o.addProperty("awsAccountId", ctx.accountId());
        o.addProperty("awsRegion", ctx.region());
        o.addProperty("resourceType", resourceType);
        o.addProperty("resourceId", resourceId);
        o.addProperty("configurationItemStatus", "OK");
        o.addProperty("configurationItemCaptureTime", ctx.captureTime().toString());
    }

    ItemDraft name(String name) { o.addProperty("resourceName", name); return this; }

    ItemDraft arn(String arn) { o.addProperty("ARN", arn); return this; }

    ItemDraft availabilityZone(String az) { o.addProperty("availabilityZone", az); return this; }

    /** A global resource (IAM): Config records region "global" and availability zone "Not Applicable". */
    ItemDraft global() {
        o.addProperty("awsRegion", "global");
        return availabilityZone("Not Applicable");
    }

    ItemDraft created(Instant t) { o.addProperty("resourceCreationTime", t == null ? null : t.toString()); return this; }

    ItemDraft configuration(JsonObject configuration) { o.add("configuration", configuration); return this; }

    ItemDraft supplementary(String key, JsonElement value) { supplementary.add(key, value); return this; }

    ItemDraft tags(Map<String, String> t) { t.forEach(tags::addProperty); return this; }

    ItemDraft relationship(String resourceType, String resourceId, String name) {
        JsonObject r = new JsonObject();
        r.addProperty("resourceType", resourceType);
        r.addProperty("resourceId", resourceId);
        r.addProperty("name", name);
        relationships.add(r);
        return this;
    }

    ConfigurationItem build() {
        o.add("supplementaryConfiguration", supplementary);
        o.add("tags", tags);
        o.add("relationships", relationships);
        return ConfigurationItemParser.parse(o);
    }

    static String configTime(Instant t) { return t == null ? null : CONFIG_TIME.format(t); }

    /** An object with the non-null members given as name, value pairs (Config omits what the API omits). */
    static JsonObject object(Object... nameValue) {
        JsonObject x = new JsonObject();
        for (int i = 0; i < nameValue.length; i += 2) {
            Object v = nameValue[i + 1];
            String k = (String) nameValue[i];
            if (v == null) continue;
            if (v instanceof JsonElement e) x.add(k, e);
            else if (v instanceof Boolean b) x.addProperty(k, b);
            else if (v instanceof Number n) x.addProperty(k, n);
            else x.addProperty(k, v.toString());
        }
        return x;
    }

    /** Tags as configuration.tags holds them: [{"key":..,"value":..}]. */
    static JsonArray tagList(Map<String, String> t) {
        JsonArray a = new JsonArray();
        t.forEach((k, v) -> a.add(object("key", k, "value", v)));
        return a;
    }
}
