package org.msb.internal.world;

import com.google.gson.JsonElement;
import org.msb.error.InvalidItemException;
import org.msb.error.InvalidWorldException;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.item.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the elements of a source's "configurationItems" into items, one at a time, so the JSON of an item can
 * go as soon as it is converted. The first item that cannot be converted is remembered with its index (the
 * source's other checks come first, as before streaming) and the ones after it are not converted.
 */
final class ItemCollector {
    private final String source;
    private final String field;
    private final List<ConfigurationItem> items = new ArrayList<>();
    private int index;
    private InvalidWorldException error;

    ItemCollector(String source, String field) {
        this.source = source;
        this.field = field;
    }

    /** The items of a whole array (or null: none), for a source already in memory. */
    static ItemCollector of(JsonElement array, String source, String field) {
        ItemCollector c = new ItemCollector(source, field);
        if (array == null || array.isJsonNull()) return c;
        if (!array.isJsonArray()) return c.notAnArray();
        for (JsonElement e : array.getAsJsonArray()) c.add(Node.of(e));
        return c;
    }

    /** Whether the next element still needs its JSON: false once an element failed (the rest is only skipped). */
    boolean wantsMore() { return error == null; }

    void add(Node element) {
        if (error != null) return;
        int i = index++;
        try {
            items.add(ConfigurationItemParser.parse(element));
        } catch (InvalidItemException e) {
            error = new InvalidWorldException(source + ": " + field + "[" + i + "]: " + e.getMessage(), e);
        }
    }

    ItemCollector notAnArray() {
        error = new InvalidWorldException(source + ": \"" + field + "\" must be an array");
        return this;
    }

    /** @throws InvalidWorldException naming the source, the field and the index of the first bad element */
    List<ConfigurationItem> items() {
        if (error != null) throw error;
        return items;
    }
}
