package org.msb.fact;

import org.msb.error.FactUnavailableException;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads the ISO-8601 instants that fact values hold as text (their JSON form must survive plain Gson). A value
 * that is not an instant makes the fact unusable: the error names the fact, the field and the value.
 */
public final class FactTime {
    private FactTime() {}

    /** The instant, or null when the field is absent. */
    public static Instant parse(Fact<?> fact, String field, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new FactUnavailableException(fact.name(), field + " \"" + value + "\" is not an ISO-8601 instant such as 2026-11-30T08:00:00Z", e);
        }
    }
}
