package org.msb.model.iam;

import com.google.gson.JsonPrimitive;
import org.msb.item.ConfigurationItemParser;
import org.msb.item.Node;

import java.time.Instant;

/** Dates inside IAM configuration items, read by the normaliser's one timestamp reader. */
final class ConfigDates {
    private ConfigDates() {}

    static Instant parse(String text, String what) {
        if (text == null || text.isBlank()) return null;
        return ConfigurationItemParser.timestamp(Node.of(new JsonPrimitive(text.trim())), what);
    }
}
