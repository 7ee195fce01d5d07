package org.msb.model.events;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.msb.model.network.Cidr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads an event pattern's JSON into {@link EventPattern.Node}s, refusing what EventBridge refuses. */
final class EventPatternParser {
    private static final Set<String> NUMERIC_OPS = Set.of("=", "<", "<=", ">", ">=");

    private EventPatternParser() {}

    static EventPattern.Node parse(String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json == null ? "" : json);
        } catch (JsonParseException e) {
            throw new EventPatternException("event pattern is not JSON: " + e.getMessage());
        }
        if (!(root instanceof JsonObject o) || o.isEmpty()) throw new EventPatternException("event pattern must be a non-empty JSON object");
        return node(o, "");
    }

    private static EventPattern.Node node(JsonObject o, String path) {
        Map<String, EventPattern.Node> objects = new LinkedHashMap<>();
        Map<String, List<LeafMatcher>> leaves = new LinkedHashMap<>();
        List<EventPattern.Node> anyOf = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            String where = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
            JsonElement v = e.getValue();
            if (e.getKey().equals("$or")) {
                if (!(v instanceof JsonArray a) || a.size() < 2) throw error(where, "must be an array of at least two patterns");
                for (JsonElement alt : a) {
                    if (!(alt instanceof JsonObject ao) || ao.isEmpty()) throw error(where, "holds something that is not a pattern object");
                    anyOf.add(node(ao, path));
                }
            } else if (v instanceof JsonObject child) {
                if (child.isEmpty()) throw error(where, "is an empty object");
                objects.put(e.getKey(), node(child, where));
            } else if (v instanceof JsonArray a) {
                if (a.isEmpty()) throw error(where, "is an empty array");
                List<LeafMatcher> matchers = new ArrayList<>();
                for (JsonElement m : a) matchers.add(matcher(m, where));
                leaves.put(e.getKey(), matchers);
            } else {
                throw error(where, "must be an array of values or an object, not " + v);
            }
        }
        return new EventPattern.Node(objects, leaves, anyOf);
    }

    private static LeafMatcher matcher(JsonElement m, String where) {
        if (m.isJsonNull() || m.isJsonPrimitive()) return new LeafMatcher.Exact(m);
        if (!(m instanceof JsonObject o) || o.size() != 1) throw error(where, "has a matcher that is not a value or a one-key object: " + m);
        String kind = o.keySet().iterator().next();
        JsonElement arg = o.get(kind);
        return switch (kind) {
            case "prefix" -> caseAware(arg, where, kind, false);
            case "suffix" -> caseAware(arg, where, kind, true);
            case "equals-ignore-case" -> new LeafMatcher.EqualsIgnoreCase(string(arg, where, kind));
            case "wildcard" -> LeafMatcher.Wildcard.of(string(arg, where, kind));
            case "anything-but" -> anythingBut(arg, where);
            case "numeric" -> numeric(arg, where);
            case "exists" -> {
                if (!arg.isJsonPrimitive() || !arg.getAsJsonPrimitive().isBoolean()) throw error(where, "exists needs true or false");
                yield new LeafMatcher.Exists(arg.getAsBoolean());
            }
            case "cidr" -> {
                try {
                    yield new LeafMatcher.CidrBlock(Cidr.parse(string(arg, where, kind)));
                } catch (IllegalArgumentException e) {
                    throw error(where, "cidr " + arg + " is not a CIDR block");
                }
            }
            default -> throw error(where, "uses an unknown matcher \"" + kind + "\"");
        };
    }

    /** {@code {"prefix": "x"}} or {@code {"prefix": {"equals-ignore-case": "x"}}}. */
    private static LeafMatcher caseAware(JsonElement arg, String where, String kind, boolean suffix) {
        boolean ignoreCase = false;
        if (arg instanceof JsonObject o && o.size() == 1 && o.has("equals-ignore-case")) {
            ignoreCase = true;
            arg = o.get("equals-ignore-case");
        }
        String s = string(arg, where, kind);
        return suffix ? new LeafMatcher.Suffix(s, ignoreCase) : new LeafMatcher.Prefix(s, ignoreCase);
    }

    private static LeafMatcher anythingBut(JsonElement arg, String where) {
        List<LeafMatcher> excluded = new ArrayList<>();
        if (arg.isJsonPrimitive()) {
            excluded.add(new LeafMatcher.Exact(arg));
        } else if (arg instanceof JsonArray a && !a.isEmpty()) {
            for (JsonElement x : a) {
                if (!x.isJsonPrimitive()) throw error(where, "anything-but lists only strings or numbers");
                excluded.add(new LeafMatcher.Exact(x));
            }
        } else if (arg instanceof JsonObject o && o.size() == 1) {
            String kind = o.keySet().iterator().next();
            JsonElement inner = o.get(kind);
            List<JsonElement> values = new ArrayList<>();
            if (inner instanceof JsonArray ia) ia.forEach(values::add);
            else values.add(inner);
            for (JsonElement v : values) {
                excluded.add(switch (kind) {
                    case "prefix" -> new LeafMatcher.Prefix(string(v, where, "anything-but prefix"), false);
                    case "suffix" -> new LeafMatcher.Suffix(string(v, where, "anything-but suffix"), false);
                    case "equals-ignore-case" -> new LeafMatcher.EqualsIgnoreCase(string(v, where, "anything-but equals-ignore-case"));
                    case "wildcard" -> LeafMatcher.Wildcard.of(string(v, where, "anything-but wildcard"));
                    default -> throw error(where, "anything-but does not take \"" + kind + "\"");
                });
            }
        } else {
            throw error(where, "anything-but needs a value, a list of values or a prefix/suffix/equals-ignore-case/wildcard object");
        }
        return new LeafMatcher.AnythingBut(excluded);
    }

    private static LeafMatcher numeric(JsonElement arg, String where) {
        if (!(arg instanceof JsonArray a) || a.isEmpty() || a.size() % 2 != 0 || a.size() > 4) {
            throw error(where, "numeric needs [op, number] or [op, number, op, number]");
        }
        List<LeafMatcher.Numeric.Bound> bounds = new ArrayList<>();
        for (int i = 0; i < a.size(); i += 2) {
            JsonElement op = a.get(i), n = a.get(i + 1);
            if (!op.isJsonPrimitive() || !NUMERIC_OPS.contains(op.getAsString())) throw error(where, "numeric operator " + op + " is not one of =, <, <=, >, >=");
            if (!n.isJsonPrimitive() || !n.getAsJsonPrimitive().isNumber()) throw error(where, "numeric bound " + n + " is not a number");
            bounds.add(new LeafMatcher.Numeric.Bound(op.getAsString(), new BigDecimal(n.getAsString())));
        }
        return new LeafMatcher.Numeric(bounds);
    }

    private static String string(JsonElement v, String where, String kind) {
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isString()) throw error(where, kind + " needs a string, not " + v);
        return v.getAsString();
    }

    private static EventPatternException error(String where, String what) {
        return new EventPatternException("event pattern field " + (where.isEmpty() ? "(root)" : where) + " " + what);
    }
}
