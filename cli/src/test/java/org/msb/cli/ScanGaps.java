package org.msb.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a scan could not decide, per rule: rule errors and INSUFFICIENT_DATA results, with their messages. A read
 * the endpoint does not serve (moto's gaps) is INSUFFICIENT_DATA; a denied read is an error; neither is a verdict.
 */
final class ScanGaps {
    private ScanGaps() {}

    static Map<String, String> of(JsonObject scan) {
        Map<String, String> out = new TreeMap<>();
        for (JsonElement e : scan.getAsJsonArray("errors")) {
            JsonObject o = e.getAsJsonObject();
            out.merge(o.get("ruleId").getAsString(), o.get("message").getAsString(), (a, b) -> a + " | " + b);
        }
        for (JsonElement e : scan.getAsJsonArray("results")) {
            JsonObject o = e.getAsJsonObject();
            if (!o.get("compliance").getAsString().equals("INSUFFICIENT_DATA")) continue;
            out.merge(o.get("ruleId").getAsString(), o.has("annotation") ? o.get("annotation").getAsString() : "", (a, b) -> a + " | " + b);
        }
        return out;
    }

    /** True when the rule gave no COMPLIANT / NON_COMPLIANT / NOT_APPLICABLE result at all. */
    static boolean noVerdict(JsonObject scan, String ruleId) {
        for (JsonElement e : scan.getAsJsonArray("results")) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("ruleId").getAsString().equals(ruleId) && !o.get("compliance").getAsString().equals("INSUFFICIENT_DATA")) return false;
        }
        return true;
    }
}
