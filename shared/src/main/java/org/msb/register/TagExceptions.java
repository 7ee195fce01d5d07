package org.msb.register;

import org.msb.error.InvalidRegisterException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Exceptions for the simple case, written as resource tags (tag values cannot hold ';' or ','):
 * key {@code msb:exception:<rule-id>} (or {@code msb:exception} for every rule), value
 * {@code <expiry YYYY-MM-DD> <approver> <reason...>}, e.g. {@code 2027-01-31 jane@example.com CDN origin, SEC-42}.
 */
public final class TagExceptions {
    public static final String PREFIX = "msb:exception";

    private TagExceptions() {}

    public static List<ExceptionEntry> read(Map<String, String> tags, String ruleId, String resourceId) {
        List<ExceptionEntry> out = new ArrayList<>();
        for (Map.Entry<String, String> t : tags.entrySet()) {
            String key = t.getKey();
            if (!key.equals(PREFIX) && !key.equals(PREFIX + ":" + ruleId)) continue;
            out.add(parse(key, t.getValue(), key.equals(PREFIX) ? "*" : ruleId, resourceId));
        }
        return out;
    }

    static ExceptionEntry parse(String key, String value, String rule, String resourceId) {
        String[] parts = value == null ? new String[0] : value.trim().split("\\s+", 3);
        if (parts.length < 3) {
            throw new InvalidRegisterException("exception tag " + key + "=\"" + value
                    + "\" must be \"<expiry YYYY-MM-DD> <approver> <reason>\"");
        }
        LocalDate expires = ExceptionRegisterParser.isoDate(parts[0]);
        if (expires == null) {
            throw new InvalidRegisterException("exception tag " + key + ": expiry \"" + parts[0] + "\" is not a date (YYYY-MM-DD)");
        }
        return new ExceptionEntry("tag:" + key, List.of(rule), resourceId, null, parts[2], parts[1], expires,
                null, null, null, "tag");
    }
}
