package org.msb.model.network;

import java.util.Map;

/**
 * A tag a rule parameter names to pick resources, such as the subnets an owner designates public:
 * {@code tier=public} (key and value, the value compared without case) or {@code public} (the key with any value).
 */
public record TagSelector(String key, String value) {
    /** The parameter pattern: a key, optionally {@code =value}; no commas. */
    public static final String PATTERN = "[^=,]{1,128}(=[^=,]{0,256})?";

    public static TagSelector parse(String text) {
        int eq = text.indexOf('=');
        return eq < 0 ? new TagSelector(text.trim(), null) : new TagSelector(text.substring(0, eq).trim(), text.substring(eq + 1).trim());
    }

    public boolean matches(Map<String, String> tags) {
        String v = tags.get(key);
        return v != null && (value == null || value.equalsIgnoreCase(v.trim()));
    }

    @Override public String toString() { return value == null ? key : key + "=" + value; }
}
