package org.msb.internal.live;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import software.amazon.awssdk.services.config.model.Relationship;

import java.time.Instant;

/**
 * Turns an SDK {@code ConfigurationItem} (the API model, as GetResourceConfigHistory returns it) back into
 * the JSON Config puts on the wire, so {@link ConfigurationItemParser} normalises it exactly as it does
 * every other shape (configuration and supplementary values stay JSON strings for it to decode). Used for
 * oversized items in the Lambda path and for history reads of live scans.
 */
public final class ApiItems {
    private ApiItems() {}

    public static ConfigurationItem toItem(software.amazon.awssdk.services.config.model.ConfigurationItem ci) {
        return ConfigurationItemParser.parse(toJson(ci));
    }

    /** The item in the API model's JSON shape; absent maps and lists (the SDK's empty ones) come out empty. */
    public static JsonObject toJson(software.amazon.awssdk.services.config.model.ConfigurationItem ci) {
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
        JsonObject supplementary = new JsonObject();
        ci.supplementaryConfiguration().forEach(supplementary::addProperty);
        o.add("supplementaryConfiguration", supplementary);
        JsonObject tags = new JsonObject();
        ci.tags().forEach(tags::addProperty);
        o.add("tags", tags);
        JsonArray relationships = new JsonArray();
        for (Relationship r : ci.relationships()) {
            JsonObject j = new JsonObject();
            j.addProperty("resourceType", r.resourceTypeAsString());
            j.addProperty("resourceId", r.resourceId());
            j.addProperty("resourceName", r.resourceName());
            j.addProperty("relationshipName", r.relationshipName());
            relationships.add(j);
        }
        o.add("relationships", relationships);
        return o;
    }

    private static String iso(Instant t) { return t == null ? null : t.toString(); }
}
