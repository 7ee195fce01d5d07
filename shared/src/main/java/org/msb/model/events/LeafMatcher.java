package org.msb.model.events;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import org.msb.model.network.AddressSet;
import org.msb.model.network.Cidr;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** One matcher of the array under a leaf field of an event pattern, tested against one value of the event. */
sealed interface LeafMatcher {

    /** True when {@code value} (a primitive or JSON null, never an object) satisfies the matcher. */
    boolean test(JsonElement value);

    /** True when the field, with these values (arrays flattened; empty when absent), satisfies the matcher. */
    default boolean testValues(List<JsonElement> values) { return values.stream().anyMatch(this::test); }

    /** {@code {"exists": true|false}}: whether the field has a value at all. */
    record Exists(boolean present) implements LeafMatcher {
        public boolean test(JsonElement v) { return present; }

        @Override public boolean testValues(List<JsonElement> values) { return present != values.isEmpty(); }
    }

    /** An exact value: a string, a number (compared as a number: 5 matches 5.0), a boolean or null. */
    record Exact(JsonElement expected) implements LeafMatcher {
        public boolean test(JsonElement v) {
            if (expected.isJsonNull()) return v.isJsonNull();
            if (!v.isJsonPrimitive()) return false;
            JsonPrimitive e = expected.getAsJsonPrimitive(), p = v.getAsJsonPrimitive();
            if (e.isNumber()) return p.isNumber() && new BigDecimal(p.getAsString()).compareTo(new BigDecimal(e.getAsString())) == 0;
            if (e.isBoolean()) return p.isBoolean() && p.getAsBoolean() == e.getAsBoolean();
            return p.isString() && p.getAsString().equals(e.getAsString());
        }
    }

    record Prefix(String prefix, boolean ignoreCase) implements LeafMatcher {
        public boolean test(JsonElement v) {
            String s = string(v);
            return s != null && (ignoreCase ? s.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT)) : s.startsWith(prefix));
        }
    }

    record Suffix(String suffix, boolean ignoreCase) implements LeafMatcher {
        public boolean test(JsonElement v) {
            String s = string(v);
            return s != null && (ignoreCase ? s.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT)) : s.endsWith(suffix));
        }
    }

    record EqualsIgnoreCase(String expected) implements LeafMatcher {
        public boolean test(JsonElement v) {
            String s = string(v);
            return s != null && s.equalsIgnoreCase(expected);
        }
    }

    /** {@code *} matches any run of characters; {@code \*} is a literal asterisk. */
    record Wildcard(String pattern, Pattern regex) implements LeafMatcher {
        static Wildcard of(String pattern) {
            StringBuilder re = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < pattern.length(); i++) {
                char c = pattern.charAt(i);
                if (c == '\\' && i + 1 < pattern.length()) {
                    literal.append(pattern.charAt(++i));
                } else if (c == '*') {
                    re.append(Pattern.quote(literal.toString())).append(".*");
                    literal.setLength(0);
                } else {
                    literal.append(c);
                }
            }
            re.append(Pattern.quote(literal.toString()));
            return new Wildcard(pattern, Pattern.compile(re.toString(), Pattern.DOTALL));
        }

        public boolean test(JsonElement v) {
            String s = string(v);
            return s != null && regex.matcher(s).matches();
        }
    }

    /** Matches any value that none of {@code excluded} matches (a missing field is not a value). */
    record AnythingBut(List<LeafMatcher> excluded) implements LeafMatcher {
        public boolean test(JsonElement v) { return excluded.stream().noneMatch(m -> m.test(v)); }
    }

    /** {@code {"numeric": [">=", 4, "<", 7]}}: a JSON number satisfying every bound. */
    record Numeric(List<Bound> bounds) implements LeafMatcher {
        record Bound(String op, BigDecimal value) {}

        public boolean test(JsonElement v) {
            if (!v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber()) return false;
            BigDecimal n = new BigDecimal(v.getAsString());
            for (Bound b : bounds) {
                int c = n.compareTo(b.value());
                boolean ok = switch (b.op()) {
                    case "=" -> c == 0;
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                };
                if (!ok) return false;
            }
            return true;
        }
    }

    /** {@code {"cidr": "10.0.0.0/24"}}: an IP address string within the block. */
    record CidrBlock(Cidr block) implements LeafMatcher {
        public boolean test(JsonElement v) {
            String s = string(v);
            if (s == null) return false;
            try {
                Cidr address = Cidr.parse(s);
                return address.family() == block.family() && AddressSet.of(block).containsAll(AddressSet.of(address));
            } catch (IllegalArgumentException notAnAddress) {
                return false;
            }
        }
    }

    private static String string(JsonElement v) {
        return v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? v.getAsString() : null;
    }
}
