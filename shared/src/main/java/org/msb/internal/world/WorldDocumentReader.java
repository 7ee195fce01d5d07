package org.msb.internal.world;

import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import org.msb.error.InvalidWorldException;
import org.msb.item.NodeReader;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Reads a world file or Config snapshot (optionally gzipped, strictly UTF-8) in one pass without holding its
 * whole tree: the members other than "configurationItems" are kept as JSON (they are small), the items are read
 * into nodes (sharing repeated names and values, see {@link NodeReader}) and converted one by one. Syntax,
 * encoding and read errors name the source and the place.
 */
final class WorldDocumentReader {
    static final String ITEMS = "configurationItems";

    /**
     * @param head  every top-level member but the items, as JsonParser would have read them
     * @param items the converted items, or the first item's error; null when the document has no "configurationItems"
     */
    record WorldDocument(JsonObject head, ItemCollector items) {}

    private WorldDocumentReader() {}

    static WorldDocument read(InputStream raw, String name) {
        JsonReader reader = null;
        try {
            InputStream in = new BufferedInputStream(raw, 64 * 1024);
            in.mark(2);
            int b1 = in.read(), b2 = in.read();
            in.reset();
            if (b1 == 0x1f && b2 == 0x8b) in = new GZIPInputStream(in, 64 * 1024);
            reader = new JsonReader(new StrictUtf8Reader(in));
            reader.setStrictness(Strictness.LENIENT);  // as JsonParser.parseReader, which read worlds before
            return document(reader, name);
        } catch (StrictUtf8Reader.InvalidUtf8Exception e) {
            String in = path(reader);
            throw new InvalidWorldException(name + ": is not valid UTF-8 (" + e.getMessage() + (in.isEmpty() ? "" : ", in " + in) + ")", e);
        } catch (MalformedJsonException | EOFException e) {
            throw new InvalidWorldException(name + ": is not valid JSON" + at(reader) + ": " + firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new InvalidWorldException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static WorldDocument document(JsonReader in, String name) throws IOException {
        if (in.peek() != JsonToken.BEGIN_OBJECT) throw new InvalidWorldException(name + ": must hold a JSON object");
        NodeReader nodes = new NodeReader();
        JsonObject head = new JsonObject();
        ItemCollector items = null;
        in.beginObject();
        while (in.hasNext()) {
            String member = in.nextName();
            if (!member.equals(ITEMS)) {
                head.add(member, nodes.read(in).json());
                continue;
            }
            items = new ItemCollector(name, ITEMS);  // a repeated member replaces the earlier one, as in JsonParser
            JsonToken t = in.peek();
            if (t == JsonToken.NULL) {
                in.nextNull();
            } else if (t != JsonToken.BEGIN_ARRAY) {
                in.skipValue();
                items.notAnArray();
            } else {
                in.beginArray();
                while (in.hasNext()) {
                    if (items.wantsMore()) items.add(nodes.read(in));
                    else in.skipValue();
                }
                in.endArray();
            }
        }
        in.endObject();
        return new WorldDocument(head, items);
    }

    /** Where the reader stopped, e.g. "configurationItems[41].configuration"; empty at the top level. */
    private static String path(JsonReader reader) {
        if (reader == null) return "";
        String path = reader.getPath();
        return path.length() <= 2 ? "" : path.substring(2);
    }

    private static String at(JsonReader reader) {
        String p = path(reader);
        return p.isEmpty() ? "" : " at " + p;
    }

    private static String firstLine(String message) {
        if (message == null) return "unexpected input";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
