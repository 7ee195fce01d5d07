package org.msb.model.policy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One test of a statement's {@code Condition} block: {@code "Bool": {"aws:MultiFactorAuthPresent": "true"}}
 * is {@code Condition("Bool", "aws:MultiFactorAuthPresent", ["true"])}. Values are kept as text (booleans
 * and numbers as AWS compares them, as strings).
 *
 * @param operator the condition operator, e.g. {@code StringEquals}, {@code ForAnyValue:StringLike}, {@code BoolIfExists}
 * @param key the condition key, e.g. {@code aws:SourceIp}; condition keys compare case-insensitively
 */
public record Condition(String operator, String key, List<String> values) {
    public Condition {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
    }

    /** True for this key, compared as AWS does (case-insensitively). */
    public boolean isOn(String conditionKey) { return key.equalsIgnoreCase(conditionKey); }

    /** True for an {@code ...IfExists} operator, which also passes when the key is absent from the request. */
    public boolean ifExists() { return operator.endsWith("IfExists"); }

    /** The operator without set qualifier and IfExists: {@code ForAnyValue:StringLikeIfExists} gives {@code StringLike}. */
    public String baseOperator() {
        String op = operator.contains(":") ? operator.substring(operator.indexOf(':') + 1) : operator;
        return op.endsWith("IfExists") ? op.substring(0, op.length() - "IfExists".length()) : op;
    }

    /** The values in lower case, for comparisons of case-insensitive values such as booleans. */
    public List<String> valuesLowerCase() { return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList(); }

    @Override public String toString() { return operator + " " + key + "=" + (values.size() == 1 ? values.get(0) : values.toString()); }
}
