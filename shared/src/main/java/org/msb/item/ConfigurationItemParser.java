package org.msb.item;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import org.msb.error.InvalidItemException;

import java.io.IOException;
import java.io.StringReader;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises the configuration-item shapes AWS produces into one {@link ConfigurationItem}:
 * the invocation model (awsAccountId, ARN, configuration as an object), the API model (accountId, arn,
 * configuration and supplementary values as JSON strings, S3 ACLs double-encoded), SelectResourceConfig
 * rows (tags as key/value lists) and hybrids of them. Timestamps may be ISO-8601 strings, epoch seconds or
 * recorded datetime objects.
 */
public final class ConfigurationItemParser {
    /** Cache slots of the reader of a JSON text inside an item (an S3 ACL, a policy): small, one per text. */
    private static final int EMBEDDED_CACHE = 16;
    /** Epoch seconds or milliseconds written as a string (compiled once: every item has timestamps). */
    private static final Pattern EPOCH = Pattern.compile("\\d+(\\.\\d+)?");

    private ConfigurationItemParser() {}

    public static ConfigurationItem parse(JsonElement element) {
        return parse(element == null ? Node.missing() : Node.of(element));
    }

    /** An item already read as a node (world files and snapshots are read straight into nodes, see {@link NodeReader}). */
    public static ConfigurationItem parse(Node o) {
        if (!o.isObject()) {
            throw new InvalidItemException("a configuration item must be a JSON object, found " + describe(o));
        }
        String type = o.get("resourceType").text();
        String id = o.get("resourceId").text();
        if (type == null || type.isEmpty()) throw new InvalidItemException("configuration item has no resourceType: " + abbreviate(o));
        if (id == null || id.isEmpty()) throw new InvalidItemException("configuration item of type " + type + " has no resourceId");
        ItemStatus status;
        try {
            status = ItemStatus.parse(o.get("configurationItemStatus").text());
        } catch (IllegalArgumentException e) {
            throw new InvalidItemException("configuration item " + type + " " + id + ": " + e.getMessage());
        }
        String where = type + " " + id;
        return new ConfigurationItem(
                first(o, "awsAccountId", "accountId"),
                first(o, "ARN", "arn"),
                o.get("awsRegion").text(),
                type, id,
                o.get("resourceName").text(),
                status,
                instant(o.get("configurationItemCaptureTime"), where, "configurationItemCaptureTime"),
                creationTime(o.get("resourceCreationTime"), where),
                o.get("availabilityZone").text(),
                decode(o.get("configuration")),
                supplementary(o.get("supplementaryConfiguration")),
                tags(o.get("tags")),
                relationships(o.get("relationships"), where));
    }

    /** Parses text holding one item. */
    public static ConfigurationItem parse(String json) {
        try {
            return parse(JsonParser.parseString(json));
        } catch (JsonParseException e) {
            throw new InvalidItemException("configuration item is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Decodes a value that may be JSON text, possibly encoded more than once (Config double-encodes S3
     * ACLs). Plain strings that are not JSON documents stay strings.
     */
    static Node decode(Node e) {
        Node cur = e;
        for (int depth = 0; depth < 4 && cur.isString(); depth++) {
            String s = cur.text().trim();
            if (!(s.startsWith("{") || s.startsWith("[") || s.startsWith("\""))) break;
            Node parsed = document(s);
            if (parsed == null) break;
            cur = parsed;
        }
        return cur;
    }

    /** A whole JSON document as JsonParser.parseString reads it (leniently, nothing after it); null when it is not one. */
    private static Node document(String s) {
        try (JsonReader in = new JsonReader(new StringReader(s))) {
            in.setStrictness(Strictness.LENIENT);
            Node n = new NodeReader(EMBEDDED_CACHE).read(in);
            if (!n.isMissing() && in.peek() != JsonToken.END_DOCUMENT) return null;
            return n;
        } catch (IOException | IllegalStateException | NumberFormatException notJson) {
            return null;
        }
    }

    private static Map<String, Node> supplementary(Node e) {
        Node d = decode(e);
        if (!d.isObject()) return Map.of();
        Map<String, Node> out = new LinkedHashMap<>();
        for (Map.Entry<String, Node> m : d.fields().entrySet()) out.put(m.getKey(), decode(m.getValue()));
        return out;
    }

    private static Map<String, String> tags(Node e) {
        Node d = decode(e);
        Map<String, String> out = new LinkedHashMap<>();
        if (d.isObject()) {
            for (Map.Entry<String, Node> m : d.fields().entrySet()) {
                Node v = m.getValue();
                // AWS tag values are text; anything structured is kept as its JSON text rather than failing the item
                out.put(m.getKey(), v.isMissing() ? "" : v.text() != null ? v.text() : v.toString());
            }
        } else if (d.isArray()) {  // SelectResourceConfig: [{"key":..,"value":..}], describe APIs: Key/Value
            for (Node n : d.list()) {
                String k = n.get("key").text(n.get("Key").text());
                if (k != null) out.put(k, n.get("value").text(n.get("Value").text("")));
            }
        }
        return out;
    }

    /** A relationship names a related resource by its type; one without a type relates nothing a rule could use. */
    private static List<Relationship> relationships(Node e, String where) {
        Node d = decode(e);
        List<Relationship> out = new ArrayList<>();
        if (!d.isArray()) return out;
        for (Node n : d.list()) {
            String type = n.get("resourceType").text();
            if (type == null || type.isEmpty()) {
                throw new InvalidItemException(where + ": relationship " + (out.size() + 1) + " has no resourceType: " + n);
            }
            out.add(new Relationship(type, n.get("resourceId").text(),
                    n.get("resourceName").text(), n.get("name").text(n.get("relationshipName").text())));
        }
        return out;
    }

    static Instant instant(Node e, String where, String field) {
        if (e.isMissing()) return null;
        if (e.isObject()) {  // recorded boto3 datetime: {"__class__":"datetime","year":..}
            Node n = e;
            Long y = n.get("year").number(), mo = n.get("month").number(), d = n.get("day").number();
            if (y == null || mo == null || d == null) throw new InvalidItemException(where + ": " + field + " is not a timestamp: " + e);
            long h = orZero(n.get("hour").number()), mi = orZero(n.get("minute").number()), s = orZero(n.get("second").number());
            long micro = orZero(n.get("microsecond").number());
            try {
                return LocalDateTime.of(Math.toIntExact(y), Math.toIntExact(mo), Math.toIntExact(d), Math.toIntExact(h), Math.toIntExact(mi),
                        Math.toIntExact(s), Math.toIntExact(Math.multiplyExact(micro, 1000L))).toInstant(ZoneOffset.UTC);
            } catch (DateTimeException | ArithmeticException outOfRange) {
                throw new InvalidItemException(where + ": " + field + " is not a timestamp: " + abbreviate(e) + " (" + outOfRange.getMessage() + ")");
            }
        }
        if (e.isArray()) throw new InvalidItemException(where + ": " + field + " is not a timestamp: " + e);
        Node p = e;
        String s = p.text().trim();
        if (s.isEmpty()) return null;
        if (p.isNumeric() || EPOCH.matcher(s).matches()) {
            BigDecimal secs;
            try {
                secs = new BigDecimal(s);
            } catch (NumberFormatException notNumber) {
                throw new InvalidItemException(where + ": " + field + " \"" + abbreviate(p) + "\" is not a timestamp");
            }
            // epoch milliseconds appear in some exports; seconds in the API
            if (secs.compareTo(BigDecimal.valueOf(100_000_000_000L)) > 0) secs = secs.movePointLeft(3);
            // within Instant's range; longValue() would silently wrap 1e400 to 1970
            if (secs.compareTo(BigDecimal.valueOf(Instant.MIN.getEpochSecond())) < 0 || secs.compareTo(BigDecimal.valueOf(Instant.MAX.getEpochSecond())) > 0) {
                throw new InvalidItemException(where + ": " + field + " " + abbreviate(p) + " is not a timestamp (out of range)");
            }
            return Instant.ofEpochSecond(secs.longValue(), secs.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ex) {
            try {
                return Instant.parse(s);
            } catch (DateTimeParseException ex2) {
                try {
                    // Config's older items (API Gateway stages, CloudFormation stacks): "Jan 16, 2020 10:31:25 PM", UTC
                    return LocalDateTime.parse(s, JAVA_DATE).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException ex3) {
                    throw new InvalidItemException(where + ": " + field + " \"" + s + "\" is not an ISO-8601 timestamp");
                }
            }
        }
    }

    private static final java.time.format.DateTimeFormatter JAVA_DATE =
            java.time.format.DateTimeFormatter.ofPattern("MMM d, yyyy h:mm:ss a", java.util.Locale.ENGLISH);

    /**
     * A timestamp inside an item's configuration (ACM notAfter, a lock date...), in any form Config writes one:
     * ISO-8601, epoch seconds or milliseconds, "Jan 16, 2020 10:31:25 PM"; null when absent.
     *
     * @throws InvalidItemException naming {@code where} when the value is not a timestamp
     */
    public static Instant timestamp(Node value, String where) {
        return value == null || value.isMissing() ? null : instant(value, where, "value");
    }

    /**
     * The creation time is informational (rules read dates from the configuration), and some sample items
     * carry Python reprs there; an unreadable one is dropped rather than failing the whole item.
     */
    private static Instant creationTime(Node e, String where) {
        try {
            return instant(e, where, "resourceCreationTime");
        } catch (InvalidItemException unreadable) {
            return null;
        }
    }

    private static long orZero(Long v) { return v == null ? 0 : v; }

    private static String first(Node o, String a, String b) {
        String v = o.get(a).text();
        return v != null ? v : o.get(b).text();
    }

    private static String describe(Node e) {
        if (e.isMissing()) return "null";
        if (e.isArray()) return "an array";
        return "a primitive " + abbreviate(e);
    }

    private static String abbreviate(Node e) {
        String s = e.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
