package org.msb.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Structural mutations of a seed JSON document, driven by the fuzzer's data: drop a member, replace a value by
 * null, a huge or negative number, another type, an empty or deeply nested container, a value encoded as JSON text
 * (as Config encodes configuration), rename a key, duplicate an array element. Each mutation picks its target among
 * every value of the document, so deep fields (ipPermissions[3].ipv4Ranges[0].cidrIp) are reached as often as
 * top-level ones. The seed is never changed.
 */
public final class JsonMutator {
    /** Values AWS documents hold in string fields, and the edge cases of each. */
    private static final List<String> INTERESTING = List.of("", " ", "*", "?", "-1", "0", "65535", "65536", "4294967296",
            "0.0.0.0/0", "::/0", "10.0.0.0/8", "0.0.0.0/33", "1.2.3.4", "2001:db8::/129", "::ffff:1.2.3.4/128", ":::",
            "tcp", "udp", "icmp", "all", "256", "Allow", "Deny", "true", "false", "null", "{}", "[]", "{\"a\":",
            "2027-01-31", "2027-13-45", "1970-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "NaN", "1e999",
            "arn:aws:iam::*:root", "arn:aws:s3:::*", "%7B%22Statement%22%3A%5B%5D%7D", "%ZZ", "igw-1", "local",
            "ResourceDeleted", "ResourceDiscovered", "OK", "AWS::EC2::SecurityGroup", "sg-0", "\u0000", "\uFFFD",
            "\uD800", "a".repeat(300));

    private static final List<JsonPrimitive> NUMBERS = List.of(new JsonPrimitive(-1), new JsonPrimitive(0),
            new JsonPrimitive(Long.MAX_VALUE), new JsonPrimitive(Long.MIN_VALUE), new JsonPrimitive(Integer.MAX_VALUE + 1L),
            new JsonPrimitive(1.5), new JsonPrimitive(new BigDecimal("1e400")), new JsonPrimitive(new BigDecimal("-1e-400")),
            new JsonPrimitive(65536), new JsonPrimitive(32769), new JsonPrimitive(99999999999999L));

    private static final int OPERATIONS = 16;

    private JsonMutator() {}

    /** A mutated deep copy of {@code seed}: between 0 and {@code maxMutations} mutations. */
    public static JsonElement mutate(JsonElement seed, FuzzedDataProvider data, int maxMutations) {
        JsonElement doc = seed.deepCopy();
        JsonArray holder = new JsonArray();  // lets the root itself be replaced
        holder.add(doc);
        int n = data.consumeInt(0, maxMutations);
        for (int k = 0; k < n && data.remainingBytes() > 0; k++) {
            List<Slot> slots = new ArrayList<>();
            collect(holder, slots, 0);
            if (slots.isEmpty()) break;
            Slot s = slots.get(data.consumeInt(0, slots.size() - 1));
            apply(s, data, s.container() == holder);
        }
        return holder.isEmpty() ? JsonNull.INSTANCE : holder.get(0);
    }

    /** Where a value sits: a member of an object or an element of an array. */
    private record Slot(JsonElement container, String key, int index) {
        JsonElement get() {
            return container.isJsonObject() ? container.getAsJsonObject().get(key) : container.getAsJsonArray().get(index);
        }

        void set(JsonElement v) {
            if (container.isJsonObject()) container.getAsJsonObject().add(key, v);
            else container.getAsJsonArray().set(index, v);
        }

        void remove() {
            if (container.isJsonObject()) container.getAsJsonObject().remove(key);
            else container.getAsJsonArray().remove(index);
        }
    }

    private static void collect(JsonElement container, List<Slot> out, int depth) {
        if (out.size() > 5_000 || depth > 64) return;
        if (container.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : container.getAsJsonObject().entrySet()) {
                out.add(new Slot(container, e.getKey(), -1));
                collect(e.getValue(), out, depth + 1);
            }
        } else if (container.isJsonArray()) {
            JsonArray a = container.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(container, null, i));
                collect(a.get(i), out, depth + 1);
            }
        }
    }

    private static void apply(Slot s, FuzzedDataProvider data, boolean root) {
        JsonElement v = s.get();
        switch (data.consumeInt(0, OPERATIONS - 1)) {
            case 0 -> {
                if (root) s.set(JsonNull.INSTANCE);
                else s.remove();
            }
            case 1 -> s.set(JsonNull.INSTANCE);
            case 2 -> s.set(data.pickValue(NUMBERS));
            case 3 -> s.set(new JsonPrimitive(data.consumeString(64)));
            case 4 -> s.set(new JsonPrimitive(data.consumeBoolean()));
            case 5 -> s.set(new JsonObject());
            case 6 -> s.set(new JsonArray());
            case 7 -> {
                JsonArray a = new JsonArray();
                a.add(v);
                s.set(a);
            }
            case 8 -> {
                JsonObject o = new JsonObject();
                o.add(data.consumeBoolean() ? "value" : data.consumeString(16), v);
                s.set(o);
            }
            case 9 -> s.set(retype(v));
            case 10 -> {
                if (s.container().isJsonObject()) {
                    JsonObject o = s.container().getAsJsonObject();
                    o.remove(s.key());
                    o.add(data.consumeBoolean() ? s.key().toUpperCase(java.util.Locale.ROOT) : data.consumeString(24), v);
                }
            }
            case 11 -> {
                if (s.container().isJsonArray() && !root) {
                    int copies = data.consumeInt(1, 64);
                    for (int i = 0; i < copies; i++) s.container().getAsJsonArray().add(v.deepCopy());
                }
            }
            case 12 -> s.set(nested(data.consumeInt(1, 400), data.consumeBoolean()));
            case 13 -> s.set(new JsonPrimitive(v.toString()));  // encoded as JSON text, as Config does
            case 14 -> s.set(new JsonPrimitive(data.pickValue(INTERESTING)));
            default -> {
                if (v.isJsonPrimitive() && v.getAsJsonPrimitive().isString()) {
                    String t = v.getAsString();
                    int at = t.isEmpty() ? 0 : data.consumeInt(0, t.length());
                    s.set(new JsonPrimitive(t.substring(0, at) + data.consumeString(8) + t.substring(at)));
                } else {
                    s.set(new JsonPrimitive(data.pickValue(INTERESTING)));
                }
            }
        }
    }

    /** The same value as another JSON type: "22" for 22, 22 for "22", "true" for true, its text for a container. */
    private static JsonElement retype(JsonElement v) {
        if (v.isJsonPrimitive()) {
            JsonPrimitive p = v.getAsJsonPrimitive();
            if (p.isString()) {
                String t = p.getAsString();
                try {
                    return new JsonPrimitive(new BigDecimal(t.trim()));
                } catch (NumberFormatException notNumber) {
                    return "true".equalsIgnoreCase(t) || "false".equalsIgnoreCase(t) ? new JsonPrimitive(Boolean.parseBoolean(t)) : new JsonArray();
                }
            }
            return new JsonPrimitive(p.getAsString());
        }
        return new JsonPrimitive(v.toString());
    }

    private static JsonElement nested(int depth, boolean arrays) {
        JsonElement cur = new JsonPrimitive(1);
        for (int i = 0; i < depth; i++) {
            if (arrays) {
                JsonArray a = new JsonArray();
                a.add(cur);
                cur = a;
            } else {
                JsonObject o = new JsonObject();
                o.add("a", cur);
                cur = o;
            }
        }
        return cur;
    }
}
