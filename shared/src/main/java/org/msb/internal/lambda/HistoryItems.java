package org.msb.internal.lambda;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import software.amazon.awssdk.services.config.model.Relationship;

import java.time.Instant;
import java.util.Map;

/**
 * Turns an SDK {@code ConfigurationItem} (API model, as GetResourceConfigHistory returns it) back into the
 * JSON Config put on the wire, so {@link ConfigurationItemParser} normalises it exactly as it does every
 * other shape (configuration and supplementary values stay JSON strings for it to decode).
 */
public final class HistoryItems {
    private HistoryItems() {}

    public static ConfigurationItem toItem(software.amazon.awssdk.services.config.model.ConfigurationItem ci) {
        return ConfigurationItemParser.parse(toJson(ci));
    }

    static JsonObject toJson(software.amazon.awssdk.services.config.model.ConfigurationItem ci) {
        JsonObject o = new JsonObject();
        o.addProperty("version", ci.version());
        o.addProperty("accountId", ci.accountId());
        o.addProperty("configurationItemCaptureTime", iso(ci.configurationItemCaptureTime()));
        o.addProperty("configurationItemStatus", ci.configurationItemStatusAsString());
        o.addProperty("configurationStateId", ci.configurationStateId());
        o.addProperty("configurationItemMD5Hash", ci.configurationItemMD5Hash());
        o.addProperty("arn", ci.arn());
        o.addProperty("resourceType", ci.resourceTypeAsString());
        o.addProperty("resourceId", ci.resourceId());
        o.addProperty("resourceName", ci.resourceName());
        o.addProperty("awsRegion", ci.awsRegion());
        o.addProperty("availabilityZone", ci.availabilityZone());
        o.addProperty("resourceCreationTime", iso(ci.resourceCreationTime()));
        o.addProperty("configuration", ci.configuration());
        if (ci.hasSupplementaryConfiguration()) {
            JsonObject s = new JsonObject();
            for (Map.Entry<String, String> e : ci.supplementaryConfiguration().entrySet()) s.addProperty(e.getKey(), e.getValue());
            o.add("supplementaryConfiguration", s);
        }
        if (ci.hasTags()) {
            JsonObject t = new JsonObject();
            for (Map.Entry<String, String> e : ci.tags().entrySet()) t.addProperty(e.getKey(), e.getValue());
            o.add("tags", t);
        }
        if (ci.hasRelationships()) {
            JsonArray rs = new JsonArray();
            for (Relationship r : ci.relationships()) {
                JsonObject j = new JsonObject();
                j.addProperty("resourceType", r.resourceTypeAsString());
                j.addProperty("resourceId", r.resourceId());
                j.addProperty("resourceName", r.resourceName());
                j.addProperty("relationshipName", r.relationshipName());
                rs.add(j);
            }
            o.add("relationships", rs);
        }
        return o;
    }

    private static String iso(Instant t) { return t == null ? null : t.toString(); }
}
