package org.msb.model.logs;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;

import java.math.BigDecimal;
import java.util.List;

/** One node of a parsed JSON filter pattern, tested against a JSON log event. */
sealed interface JsonCondition {

    boolean test(JsonElement event);

    record And(List<JsonCondition> parts) implements JsonCondition {
        public boolean test(JsonElement event) { return parts.stream().allMatch(p -> p.test(event)); }
    }

    record Or(List<JsonCondition> parts) implements JsonCondition {
        public boolean test(JsonElement event) { return parts.stream().anyMatch(p -> p.test(event)); }
    }

    enum Operator { EQ, NE, LT, GT, LE, GE }

    /**
     * {@code SELECTOR op VALUE}. CloudWatch applies a comparison only to a value node (string, number,
     * boolean): a property that is missing, null, an object or an array matches neither {@code =} nor {@code !=}.
     */
    record Compare(JsonSelector selector, Operator op, LiteralValue value) implements JsonCondition {
        public boolean test(JsonElement event) {
            JsonElement v = selector.resolve(event);
            if (v == null || !v.isJsonPrimitive()) return false;
            JsonPrimitive p = v.getAsJsonPrimitive();
            return switch (op) {
                case EQ -> value.equalTo(p);
                case NE -> !value.equalTo(p);
                default -> {
                    BigDecimal found = LiteralValue.number(p);
                    if (found == null) yield false;
                    int c = found.compareTo(value.number());
                    yield switch (op) {
                        case LT -> c < 0;
                        case GT -> c > 0;
                        case LE -> c <= 0;
                        default -> c >= 0;
                    };
                }
            };
        }
    }

    /** {@code SELECTOR IS NULL}: the property is present and JSON null. */
    record IsNull(JsonSelector selector) implements JsonCondition {
        public boolean test(JsonElement event) {
            JsonElement v = selector.resolve(event);
            return v != null && v.isJsonNull();
        }
    }

    /** {@code SELECTOR NOT EXISTS}: the property is absent from the event. */
    record NotExists(JsonSelector selector) implements JsonCondition {
        public boolean test(JsonElement event) { return selector.resolve(event) == null; }
    }

    /** {@code SELECTOR IS TRUE} / {@code IS FALSE}: a JSON boolean of that value. */
    record IsBoolean(JsonSelector selector, boolean expected) implements JsonCondition {
        public boolean test(JsonElement event) {
            JsonElement v = selector.resolve(event);
            return v != null && v.isJsonPrimitive() && v.getAsJsonPrimitive().isBoolean() && v.getAsBoolean() == expected;
        }
    }
}
