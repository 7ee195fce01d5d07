package org.msb.cli.report.findings;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An SDK v2 model object as JSON, named exactly as on the wire: each member under its {@code locationName}
 * from the SDK's own field metadata (the service model's names, e.g. "AwsAccountId"), unset members left out.
 * The findings file is then the very shape the SDK sends in BatchImportFindings.
 */
final class SdkJson {
    private SdkJson() {}

    static JsonElement toJson(Object value) {
        if (value == null) return JsonNull.INSTANCE;
        if (value instanceof SdkPojo pojo) {
            JsonObject o = new JsonObject();
            for (SdkField<?> f : pojo.sdkFields()) {
                Object v = f.getValueOrDefault(pojo);
                if (v == null || v instanceof SdkAutoConstructList<?> || v instanceof SdkAutoConstructMap<?, ?>) continue;
                o.add(f.locationName(), toJson(v));
            }
            return o;
        }
        if (value instanceof List<?> list) {
            JsonArray a = new JsonArray();
            list.forEach(x -> a.add(toJson(x)));
            return a;
        }
        if (value instanceof Map<?, ?> map) {
            JsonObject o = new JsonObject();
            map.forEach((k, v) -> o.add(String.valueOf(k), toJson(v)));
            return o;
        }
        if (value instanceof String s) return new JsonPrimitive(s);
        if (value instanceof Number n) return new JsonPrimitive(n);
        if (value instanceof Boolean b) return new JsonPrimitive(b);
        if (value instanceof Instant i) return new JsonPrimitive(i.toString());
        throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
}
