package org.msb.item;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A read-only, null-safe view of a JSON value inside a configuration item or fact. Navigating into
 * something that is absent gives a missing node instead of a NullPointerException, so rules can read
 * deep property paths in one expression and decide on {@link #isMissing()}.
 */
public final class Node {
    private static final Node MISSING = new Node(JsonNull.INSTANCE);

    private final JsonElement value;

    private Node(JsonElement value) { this.value = value == null ? JsonNull.INSTANCE : value; }

    public static Node of(JsonElement value) {
        return value == null || value.isJsonNull() ? MISSING : new Node(value);
    }

    public static Node missing() { return MISSING; }

    /** The member {@code name} of an object; missing for anything else. */
    public Node get(String name) {
        return value.isJsonObject() ? of(value.getAsJsonObject().get(name)) : MISSING;
    }

    /** Follows a dotted path such as {@code "portRange.from"}. */
    public Node path(String dottedPath) {
        Node n = this;
        for (String part : dottedPath.split("\\.")) n = n.get(part);
        return n;
    }

    public Node at(int index) {
        if (!value.isJsonArray()) return MISSING;
        JsonArray a = value.getAsJsonArray();
        return index >= 0 && index < a.size() ? of(a.get(index)) : MISSING;
    }

    public boolean isMissing() { return value.isJsonNull(); }

    public boolean isObject() { return value.isJsonObject(); }

    public boolean isArray() { return value.isJsonArray(); }

    /** Elements of an array; an empty list for anything else. */
    public List<Node> list() {
        if (!value.isJsonArray()) return List.of();
        List<Node> out = new ArrayList<>();
        for (JsonElement e : value.getAsJsonArray()) out.add(of(e));
        return Collections.unmodifiableList(out);
    }

    /** Members of an object, in document order; empty for anything else. */
    public Map<String, Node> fields() {
        if (!value.isJsonObject()) return Map.of();
        Map<String, Node> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : value.getAsJsonObject().entrySet()) out.put(e.getKey(), of(e.getValue()));
        return Collections.unmodifiableMap(out);
    }

    /** The text of a string, number or boolean; {@code null} when missing or structured. */
    public String text() {
        return value.isJsonPrimitive() ? value.getAsString() : null;
    }

    public String text(String fallback) {
        String t = text();
        return t == null ? fallback : t;
    }

    /** A boolean, also from the strings "true"/"false" that Config often records. */
    public Boolean bool() {
        if (!value.isJsonPrimitive()) return null;
        JsonPrimitive p = value.getAsJsonPrimitive();
        if (p.isBoolean()) return p.getAsBoolean();
        String s = p.getAsString();
        if ("true".equalsIgnoreCase(s)) return Boolean.TRUE;
        if ("false".equalsIgnoreCase(s)) return Boolean.FALSE;
        return null;
    }

    public boolean isTrue() { return Boolean.TRUE.equals(bool()); }

    /** A whole number, also from numeric strings; {@code null} when absent or not a whole number. */
    public Long number() {
        if (!value.isJsonPrimitive()) return null;
        try {
            return new java.math.BigDecimal(value.getAsString().trim()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** The underlying JSON, for serialisation. */
    public JsonElement json() { return value.deepCopy(); }

    @Override public String toString() { return value.toString(); }

    @Override public boolean equals(Object o) { return o instanceof Node n && n.value.equals(value); }

    @Override public int hashCode() { return value.hashCode(); }

    static JsonObject emptyObject() { return new JsonObject(); }
}
