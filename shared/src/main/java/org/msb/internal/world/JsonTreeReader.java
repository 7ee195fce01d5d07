package org.msb.internal.world;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.MalformedJsonException;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads one JSON value into a Gson tree, as {@link com.google.gson.JsonParser} does, but shares what repeats:
 * a world of 100,000 items spells the same property names, types, regions and account ids hundreds of thousands
 * of times, and a tree that kept a copy of each would hold most of the heap. Every member name and every string,
 * number and boolean with the same text is one object for the life of this reader (one file). Sharing is safe:
 * {@link JsonPrimitive} is immutable, and items expose their trees only through read-only nodes.
 */
final class JsonTreeReader {
    /** Gson's own reading of a number token, so numbers keep their text and equality exactly as JsonParser's. */
    private static final TypeAdapter<JsonElement> GSON_ELEMENT = new Gson().getAdapter(JsonElement.class);
    private static final JsonPrimitive TRUE = new JsonPrimitive(true);
    private static final JsonPrimitive FALSE = new JsonPrimitive(false);

    private final Map<String, JsonPrimitive> strings = new HashMap<>();
    private final Map<String, JsonPrimitive> numbers = new HashMap<>();

    /** The next value; the reader's nesting limit bounds the recursion. */
    JsonElement read(JsonReader in) throws IOException {
        switch (in.peek()) {
            case BEGIN_OBJECT: {
                JsonObject o = new JsonObject();
                in.beginObject();
                while (in.hasNext()) {
                    String name = string(in.nextName()).getAsString();
                    o.add(name, read(in));  // a repeated name replaces the earlier value, as in JsonParser
                }
                in.endObject();
                return o;
            }
            case BEGIN_ARRAY: {
                JsonArray a = new JsonArray();
                in.beginArray();
                while (in.hasNext()) a.add(read(in));
                in.endArray();
                return a;
            }
            case STRING:
                return string(in.nextString());
            case NUMBER: {
                JsonElement n = GSON_ELEMENT.read(in);
                return numbers.computeIfAbsent(n.getAsString(), k -> n.getAsJsonPrimitive());
            }
            case BOOLEAN:
                return in.nextBoolean() ? TRUE : FALSE;
            case NULL:
                in.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new MalformedJsonException("expected a value but found " + in.peek() + " at path " + in.getPath());
        }
    }

    private JsonPrimitive string(String s) { return strings.computeIfAbsent(s, JsonPrimitive::new); }
}
