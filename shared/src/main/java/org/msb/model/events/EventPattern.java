package org.msb.model.events;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An EventBridge event pattern, parsed once and tested against events:
 * <pre>
 * EventPattern p = EventPattern.parse("{\"source\":[\"aws.guardduty\"],\"detail\":{\"severity\":[{\"numeric\":[\"&gt;=\",7]}]}}");
 * p.matches(finding);   // true for a GuardDuty finding event of severity 7 or more
 * </pre>
 * As in EventBridge, every field of the pattern must match; the array under a leaf field lists
 * alternatives; an array in the event matches when any of its elements does, and arrays of objects are
 * flattened (a nested field collects the values of every element).
 */
public final class EventPattern {
    private final String text;
    private final Node root;

    /** A pattern object: its fields and its {@code $or} alternatives. */
    record Node(Map<String, Node> objects, Map<String, List<LeafMatcher>> leaves, List<Node> anyOf) {}

    private EventPattern(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** @throws EventPatternException naming the field when the text is not a valid event pattern */
    public static EventPattern parse(String json) { return new EventPattern(json, EventPatternParser.parse(json)); }

    public boolean matches(JsonObject event) { return matches(root, List.of(event)); }

    public String text() { return text; }

    @Override public String toString() { return text; }

    private static boolean matches(Node p, List<JsonElement> nodes) {
        for (var e : p.objects().entrySet()) {
            List<JsonElement> children = new ArrayList<>();
            for (JsonElement v : values(nodes, e.getKey())) if (v.isJsonObject()) children.add(v);
            if (!matches(e.getValue(), children)) return false;
        }
        for (var e : p.leaves().entrySet()) {
            List<JsonElement> values = new ArrayList<>();
            for (JsonElement v : values(nodes, e.getKey())) if (!v.isJsonObject()) values.add(v);
            if (!leafMatches(e.getValue(), values)) return false;
        }
        if (!p.anyOf().isEmpty() && p.anyOf().stream().noneMatch(alt -> matches(alt, nodes))) return false;
        return true;
    }

    private static boolean leafMatches(List<LeafMatcher> matchers, List<JsonElement> values) {
        return matchers.stream().anyMatch(m -> m.testValues(values));
    }

    /** The values of {@code key} in every node, arrays flattened. */
    private static List<JsonElement> values(List<JsonElement> nodes, String key) {
        List<JsonElement> out = new ArrayList<>();
        for (JsonElement n : nodes) {
            if (n instanceof JsonObject o && o.has(key)) flatten(o.get(key), out);
        }
        return out;
    }

    private static void flatten(JsonElement v, List<JsonElement> out) {
        if (v instanceof JsonArray a) for (JsonElement e : a) flatten(e, out);
        else out.add(v);
    }
}
