package org.msb.engine;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.msb.error.InvalidParameterException;
import org.msb.rule.ParameterSpec;
import org.msb.rule.RuleParameters;
import org.msb.rule.RuleSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a rule's InputParameters (a JSON object serialised as a string, as Config sends it) into typed,
 * validated values. Absent and empty values take the declared default; anything else that does not fit
 * is an {@link InvalidParameterException} naming the parameter, the value and what is accepted.
 */
public final class ParameterValidator {
    private ParameterValidator() {}

    /** Parses Config's {@code ruleParameters} string; null, "" and "{}" mean none. */
    public static Map<String, String> parseJson(String ruleParameters) {
        Map<String, String> raw = new LinkedHashMap<>();
        if (ruleParameters == null || ruleParameters.isBlank()) return raw;
        JsonElement root;
        try {
            root = JsonParser.parseString(ruleParameters);
        } catch (JsonParseException e) {
            throw new InvalidParameterException("ruleParameters is not valid JSON: " + abbreviate(ruleParameters));
        }
        if (root.isJsonNull()) return raw;
        if (!root.isJsonObject()) throw new InvalidParameterException("ruleParameters must be a JSON object, found " + abbreviate(ruleParameters));
        JsonObject o = root.getAsJsonObject();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            JsonElement v = e.getValue();
            if (v.isJsonNull()) continue;
            if (!v.isJsonPrimitive()) {
                throw new InvalidParameterException(e.getKey(), v.toString(), "a string value (Config passes every parameter as a string)");
            }
            raw.put(e.getKey(), v.getAsString());
        }
        return raw;
    }

    public static RuleParameters validate(RuleSpec spec, Map<String, String> raw) {
        for (String name : raw.keySet()) {
            if (spec.parameter(name) == null) {
                String accepted = spec.allParameters().stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
                throw new InvalidParameterException("Unknown rule parameter " + name + " for rule " + spec.id()
                        + ": expected one of " + accepted + " (names are case-sensitive)");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec p : spec.allParameters()) {
            String given = raw.get(p.name());
            String value = given == null || given.isBlank() ? p.defaultValue() : given.trim();
            values.put(p.name(), value == null ? null : convert(p, value));
        }
        return new RuleParameters(values);
    }

    static Object convert(ParameterSpec p, String value) {
        switch (p.type()) {
            case INT -> {
                long n;
                try {
                    n = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw new InvalidParameterException(p.name(), value, p.accepted());
                }
                if ((p.min() != null && n < p.min()) || (p.max() != null && n > p.max())) {
                    throw new InvalidParameterException(p.name(), value, p.accepted());
                }
                return n;
            }
            case BOOLEAN -> {
                if (value.equals("true")) return Boolean.TRUE;
                if (value.equals("false")) return Boolean.FALSE;
                throw new InvalidParameterException(p.name(), value, p.accepted());
            }
            case CHOICE -> {
                if (!p.choices().contains(value)) throw new InvalidParameterException(p.name(), value, p.accepted());
                return value;
            }
            case STRING -> {
                if (!p.matchesPattern(value)) {
                    throw new InvalidParameterException(p.name(), value, p.accepted());
                }
                return value;
            }
            case CSV -> {
                List<String> items = new ArrayList<>();
                for (String s : value.split(",")) {
                    String t = s.trim();
                    if (t.isEmpty()) continue;
                    if (!p.matchesPattern(t)) {
                        throw new InvalidParameterException(p.name(), value, p.accepted() + " (\"" + t + "\" is not)");
                    }
                    items.add(t);
                }
                return List.copyOf(items);
            }
            default -> throw new IllegalStateException(p.type().toString());
        }
    }

    private static String abbreviate(String s) { return s.length() > 80 ? s.substring(0, 77) + "..." : s; }
}
