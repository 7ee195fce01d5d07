package org.msb.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.HashMap;
import java.util.Map;

/** Reading a {@code msb-scan/1} document in tests: verdicts and annotations by "rule-id resource-id". */
final class ScanJson {
    private ScanJson() {}

    static Map<String, String> verdicts(JsonObject scan) {
        Map<String, String> v = new HashMap<>();
        for (JsonElement e : scan.getAsJsonArray("results")) {
            JsonObject r = e.getAsJsonObject();
            v.put(r.get("ruleId").getAsString() + " " + r.get("resourceId").getAsString(), r.get("compliance").getAsString());
        }
        return v;
    }

    /** The annotation of one result; "" when there is none. */
    static String annotation(JsonObject scan, String rule, String resource) {
        for (JsonElement e : scan.getAsJsonArray("results")) {
            JsonObject r = e.getAsJsonObject();
            if (r.get("ruleId").getAsString().equals(rule) && r.get("resourceId").getAsString().equals(resource)) {
                return r.has("annotation") ? r.get("annotation").getAsString() : "";
            }
        }
        return "";
    }
}
