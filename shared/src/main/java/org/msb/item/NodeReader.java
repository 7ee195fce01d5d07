package org.msb.item;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON values from a Gson {@link JsonReader} straight into {@link Node}s, without a Gson tree in between,
 * sharing what repeats: a world of 100,000 items spells the same member names, types, regions and account ids
 * hundreds of thousands of times. Member names are shared for the life of the reader (there are few); string and
 * number values go through a fixed-size cache, so common values are one object while the unique ones (ids, ARNs)
 * do not grow a table. Values read as {@link com.google.gson.JsonParser} reads them. Not thread-safe: one per source.
 */
public final class NodeReader {
    /** Gson's own reading of a number token, so numbers keep their text and equality exactly as JsonParser's. */
    private static final TypeAdapter<JsonElement> GSON_ELEMENT = new Gson().getAdapter(JsonElement.class);
    private static final JsonPrimitive TRUE = new JsonPrimitive(true);
    private static final JsonPrimitive FALSE = new JsonPrimitive(false);
    private static final int CACHE_SLOTS = 1 << 14;
    private static final int WIDE = 16;

    private final Map<String, String> names = new HashMap<>();
    private final JsonPrimitive[] strings;
    private final JsonPrimitive[] numbers;
    private final int mask;

    /** A reader for a large source (a world, a snapshot). */
    public NodeReader() { this(CACHE_SLOTS); }

    /** @param slots cache slots for string and number values, a power of two */
    NodeReader(int slots) {
        if (Integer.bitCount(slots) != 1) throw new IllegalArgumentException("cache slots must be a power of two: " + slots);
        strings = new JsonPrimitive[slots];
        numbers = new JsonPrimitive[slots];
        mask = slots - 1;
    }

    /** The next value of {@code in}; {@link Node#missing()} for a JSON null. The reader's nesting limit bounds the depth. */
    public Node read(JsonReader in) throws IOException { return Node.ofCompact(value(in)); }

    /** The compact form of the next value (see {@link CompactJson}). */
    Object value(JsonReader in) throws IOException {
        switch (in.peek()) {
            case BEGIN_OBJECT: {
                List<String> keys = new ArrayList<>();
                List<Object> values = new ArrayList<>();
                Map<String, Integer> wide = null;  // positions by name once linear search would cost
                in.beginObject();
                while (in.hasNext()) {
                    String name = name(in.nextName());
                    Object v = value(in);
                    if (wide == null && keys.size() == WIDE) {
                        wide = new HashMap<>();
                        for (int i = 0; i < keys.size(); i++) wide.put(keys.get(i), i);
                    }
                    Integer seen = wide != null ? wide.get(name) : position(keys, name);
                    if (seen != null) {
                        values.set(seen, v);  // a repeated name replaces the earlier value, as in JsonParser
                    } else {
                        if (wide != null) wide.put(name, keys.size());
                        keys.add(name);
                        values.add(v);
                    }
                }
                in.endObject();
                return new CompactJson.Obj(Shape.of(keys.toArray(new String[0])), values.toArray());
            }
            case BEGIN_ARRAY: {
                List<Object> items = new ArrayList<>();
                in.beginArray();
                while (in.hasNext()) items.add(value(in));
                in.endArray();
                return items.toArray();
            }
            case STRING:
                return string(in.nextString());
            case NUMBER:
                return number(GSON_ELEMENT.read(in).getAsJsonPrimitive());
            case BOOLEAN:
                return in.nextBoolean() ? TRUE : FALSE;
            case NULL:
                in.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new MalformedJsonException("expected a value but found " + in.peek() + " at path " + in.getPath());
        }
    }

    private static Integer position(List<String> keys, String name) {
        for (int i = 0; i < keys.size(); i++) if (keys.get(i) == name) return i;  // names are shared: identity is equality
        return null;
    }

    private String name(String n) {
        String shared = names.putIfAbsent(n, n);
        return shared == null ? n : shared;
    }

    private JsonPrimitive string(String s) {
        int slot = spread(s.hashCode());
        JsonPrimitive p = strings[slot];
        if (p != null && p.getAsString().equals(s)) return p;
        return strings[slot] = new JsonPrimitive(s);
    }

    private JsonPrimitive number(JsonPrimitive n) {
        String text = n.getAsString();
        int slot = spread(text.hashCode());
        JsonPrimitive p = numbers[slot];
        if (p != null && p.getAsString().equals(text)) return p;
        return numbers[slot] = n;
    }

    private int spread(int h) { return (h ^ (h >>> 16)) & mask; }
}
