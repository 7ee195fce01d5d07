package org.msb.rule;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A declared rule parameter: its name as it appears in the rule's InputParameters, its type, its default
 * (null = none), the accepted range or values, and a description used in packs and docs.
 */
public record ParameterSpec(String name, ParameterType type, String defaultValue, Long min, Long max,
                            List<String> choices, String pattern, String patternDescription, String description) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) throw new IllegalArgumentException("parameter name " + name + " is not alphanumeric");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static ParameterSpec integer(String name, long defaultValue, long min, long max, String description) {
        return new ParameterSpec(name, ParameterType.INT, Long.toString(defaultValue), min, max, null, null, null, description);
    }

    public static ParameterSpec bool(String name, boolean defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, Boolean.toString(defaultValue), null, null, null, null, null, description);
    }

    /** Text; {@code defaultValue} may be null for "none". */
    public static ParameterSpec string(String name, String defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.STRING, defaultValue, null, null, null, null, null, description);
    }

    /** A comma-separated list; {@code defaultValue} may be null or "" for an empty list. */
    public static ParameterSpec csv(String name, String defaultValue, String description) {
        return new ParameterSpec(name, ParameterType.CSV, defaultValue, null, null, null, null, null, description);
    }

    public static ParameterSpec choice(String name, String defaultValue, List<String> choices, String description) {
        return new ParameterSpec(name, ParameterType.CHOICE, defaultValue, null, null, choices, null, null, description);
    }

    /** Each value (each item of a CSV) must match {@code regex}; {@code what} says so in errors. */
    public ParameterSpec matching(String regex, String what) {
        Pattern.compile(regex);
        return new ParameterSpec(name, type, defaultValue, min, max, choices, regex, what, description);
    }

    /** Whether a value (or one CSV item) matches the declared pattern; compiled once per pattern, not per value. */
    public boolean matchesPattern(String value) {
        return pattern == null || PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(value).matches();
    }

    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** What a valid value looks like, for error messages and docs. */
    public String accepted() {
        return switch (type) {
            case INT -> "a whole number" + (min != null && max != null ? " from " + min + " to " + max
                    : min != null ? " >= " + min : max != null ? " <= " + max : "");
            case BOOLEAN -> "\"true\" or \"false\"";
            case STRING -> patternDescription != null ? patternDescription : "text";
            case CSV -> "a comma-separated list" + (patternDescription != null ? " of " + patternDescription : "");
            case CHOICE -> "one of " + String.join(", ", choices);
        };
    }
}
