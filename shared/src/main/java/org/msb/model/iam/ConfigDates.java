package org.msb.model.iam;

import org.msb.error.InvalidItemException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Dates inside configuration items: ISO-8601 with or without offset ({@code 2016-09-22T05:55:07.000Z}). */
final class ConfigDates {
    private ConfigDates() {}

    static Instant parse(String text, String what) {
        if (text == null || text.isBlank()) return null;
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException e2) {
                throw new InvalidItemException(what + " \"" + text + "\" is not an ISO-8601 date");
            }
        }
    }
}
