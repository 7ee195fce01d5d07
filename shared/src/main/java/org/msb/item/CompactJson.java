package org.msb.item;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.util.Map;

/**
 * The read-only form {@link Node} keeps JSON in: an object is a shared {@link Shape} and an array of values, an
 * array is an {@code Object[]}, a leaf is Gson's immutable {@link JsonPrimitive} or {@link JsonNull#INSTANCE}.
 * A Gson object costs a tree map with a 48-byte entry per member; items hold millions of members, so the compact
 * form is what lets a 100,000-item world fit, and its lookups are faster. Equality is Gson's: objects compare
 * members regardless of order, arrays in order, numbers by value.
 */
final class CompactJson {
    /** A JSON object: {@code values[i]} is the value of {@code shape.name(i)}. */
    static final class Obj {
        final Shape shape;
        final Object[] values;

        Obj(Shape shape, Object[] values) {
            this.shape = shape;
            this.values = values;
        }

        /** The value of a member, or null when there is none. */
        Object get(String name) {
            int i = shape.indexOf(name);
            return i < 0 ? null : values[i];
        }
    }

    private CompactJson() {}

    /** The compact form of a Gson value (copied: later changes to the Gson tree do not show). */
    static Object of(JsonElement e) {
        if (e == null || e.isJsonNull()) return JsonNull.INSTANCE;
        if (e.isJsonPrimitive()) return e;
        if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            Object[] items = new Object[a.size()];
            for (int i = 0; i < items.length; i++) items[i] = of(a.get(i));
            return items;
        }
        JsonObject o = e.getAsJsonObject();
        String[] names = new String[o.size()];
        Object[] values = new Object[names.length];
        int i = 0;
        for (Map.Entry<String, JsonElement> m : o.entrySet()) {
            names[i] = m.getKey();
            values[i++] = of(m.getValue());
        }
        return new Obj(Shape.of(names), values);
    }

    /** A new Gson tree of a compact value; leaves are immutable and shared. */
    static JsonElement toGson(Object v) {
        if (v instanceof Obj o) {
            JsonObject out = new JsonObject();
            for (int i = 0; i < o.values.length; i++) out.add(o.shape.name(i), toGson(o.values[i]));
            return out;
        }
        if (v instanceof Object[] items) {
            JsonArray out = new JsonArray(items.length);
            for (Object x : items) out.add(toGson(x));
            return out;
        }
        return (JsonElement) v;
    }

    static boolean equal(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Obj x && b instanceof Obj y) {
            if (x.values.length != y.values.length) return false;
            for (int i = 0; i < x.values.length; i++) {
                Object other = y.get(x.shape.name(i));
                if (other == null || !equal(x.values[i], other)) return false;
            }
            return true;
        }
        if (a instanceof Object[] x && b instanceof Object[] y) {
            if (x.length != y.length) return false;
            for (int i = 0; i < x.length; i++) if (!equal(x[i], y[i])) return false;
            return true;
        }
        return a instanceof JsonElement && a.equals(b);
    }

    /** Consistent with {@link #equal}: an object's hash does not depend on member order. */
    static int hash(Object v) {
        if (v instanceof Obj o) {
            int h = 0;
            for (int i = 0; i < o.values.length; i++) h += o.shape.name(i).hashCode() ^ hash(o.values[i]);
            return h;
        }
        if (v instanceof Object[] items) {
            int h = 1;
            for (Object x : items) h = 31 * h + hash(x);
            return h;
        }
        return v.hashCode();
    }
}
