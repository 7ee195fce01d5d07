package org.msb.item;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read-only, null-safe view of a JSON value inside a configuration item or fact. Navigating into
 * something that is absent gives a missing node instead of a NullPointerException, so rules can read
 * deep property paths in one expression and decide on {@link #isMissing()}.
 */
public final class Node {
    private static final Node MISSING = new Node(JsonNull.INSTANCE);

    /** A {@link CompactJson} value: Obj, Object[], JsonPrimitive or JsonNull. */
    private final Object value;

    private Node(Object value) { this.value = value; }

    /** A node over a copy of {@code value} in compact form (later changes to the Gson tree do not show). */
    public static Node of(JsonElement value) {
        return value == null || value.isJsonNull() ? MISSING : new Node(CompactJson.of(value));
    }

    /** A node over a value already in compact form. */
    static Node ofCompact(Object value) {
        return value == null || value == JsonNull.INSTANCE ? MISSING : new Node(value);
    }

    public static Node missing() { return MISSING; }

    /** The member {@code name} of an object; missing for anything else. */
    public Node get(String name) {
        return value instanceof CompactJson.Obj o ? ofCompact(o.get(name)) : MISSING;
    }

    /**
     * Follows a dotted path such as {@code "portRange.from"}; segments as {@code String.split("\\.")} gives them
     * (trailing empty segments dropped), without its array per call.
     */
    public Node path(String dottedPath) {
        int end = dottedPath.length();
        if (dottedPath.indexOf('.') >= 0) {
            while (end > 0 && dottedPath.charAt(end - 1) == '.') end--;
        }
        if (end == 0 && !dottedPath.isEmpty()) return this;
        Node n = this;
        int from = 0;
        while (true) {
            int dot = dottedPath.indexOf('.', from);
            if (dot < 0 || dot >= end) return n.get(dottedPath.substring(from, end));
            n = n.get(dottedPath.substring(from, dot));
            from = dot + 1;
        }
    }

    public Node at(int index) {
        if (!(value instanceof Object[] a)) return MISSING;
        return index >= 0 && index < a.length ? ofCompact(a[index]) : MISSING;
    }

    public boolean isMissing() { return value == JsonNull.INSTANCE; }

    public boolean isObject() { return value instanceof CompactJson.Obj; }

    public boolean isArray() { return value instanceof Object[]; }

    /** A JSON string (not a number or boolean): what may hold embedded JSON. */
    boolean isString() { return value instanceof JsonPrimitive p && p.isString(); }

    /** A JSON number token (not a numeric string). */
    boolean isNumeric() { return value instanceof JsonPrimitive p && p.isNumber(); }

    /** Elements of an array; an empty list for anything else. */
    public List<Node> list() {
        if (!(value instanceof Object[] a)) return List.of();
        List<Node> out = new ArrayList<>(a.length);
        for (Object e : a) out.add(ofCompact(e));
        return Collections.unmodifiableList(out);
    }

    /** Members of an object, in document order; empty for anything else. */
    public Map<String, Node> fields() {
        if (!(value instanceof CompactJson.Obj o)) return Map.of();
        Map<String, Node> out = new LinkedHashMap<>();
        for (int i = 0; i < o.values.length; i++) out.put(o.shape.name(i), ofCompact(o.values[i]));
        return Collections.unmodifiableMap(out);
    }

    /** The text of a string, number or boolean; {@code null} when missing or structured. */
    public String text() {
        return value instanceof JsonPrimitive p ? p.getAsString() : null;
    }

    public String text(String fallback) {
        String t = text();
        return t == null ? fallback : t;
    }

    /** A boolean, also from the strings "true"/"false" that Config often records. */
    public Boolean bool() {
        if (!(value instanceof JsonPrimitive p)) return null;
        if (p.isBoolean()) return p.getAsBoolean();
        String s = p.getAsString();
        if ("true".equalsIgnoreCase(s)) return Boolean.TRUE;
        if ("false".equalsIgnoreCase(s)) return Boolean.FALSE;
        return null;
    }

    public boolean isTrue() { return Boolean.TRUE.equals(bool()); }

    /** A whole number, also from numeric strings; {@code null} when absent or not a whole number. */
    public Long number() {
        if (!(value instanceof JsonPrimitive p)) return null;
        try {
            return new BigDecimal(p.getAsString().trim()).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** The underlying JSON as a new Gson tree, for serialisation (changing it does not change the node). */
    public JsonElement json() { return CompactJson.toGson(value); }

    @Override public String toString() { return json().toString(); }

    @Override public boolean equals(Object o) { return o instanceof Node n && CompactJson.equal(value, n.value); }

    @Override public int hashCode() { return CompactJson.hash(value); }
}
