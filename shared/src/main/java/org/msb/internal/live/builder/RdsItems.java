package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import software.amazon.awssdk.services.rds.model.DBClusterSnapshotAttribute;
import software.amazon.awssdk.services.rds.model.DBSnapshotAttribute;
import software.amazon.awssdk.services.rds.model.Tag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shapes RDS items share: tags (item tags and supplementary Tags [{key, value}]) and snapshot attributes. */
final class RdsItems {
    private RdsItems() {}

    static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> m = new LinkedHashMap<>();
        if (tags != null) tags.forEach(t -> m.put(t.key(), t.value()));
        return m;
    }

    /** [{attributeName, attributeValues}] as Config writes DBSnapshotAttributes. */
    static JsonArray snapshotAttributes(List<DBSnapshotAttribute> attributes) {
        JsonArray out = new JsonArray();
        for (DBSnapshotAttribute a : attributes) out.add(attribute(a.attributeName(), a.attributeValues()));
        return out;
    }

    static JsonArray clusterSnapshotAttributes(List<DBClusterSnapshotAttribute> attributes) {
        JsonArray out = new JsonArray();
        for (DBClusterSnapshotAttribute a : attributes) out.add(attribute(a.attributeName(), a.attributeValues()));
        return out;
    }

    private static JsonObject attribute(String name, List<String> values) {
        JsonArray v = new JsonArray();
        values.forEach(v::add);
        return ItemDraft.object("attributeName", name, "attributeValues", v);
    }
}
