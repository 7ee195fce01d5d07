package org.msb.rule;

import java.util.List;
import java.util.Map;

/**
 * Validated, typed parameter values of one invocation, defaults filled in. Only the framework builds
 * them; a rule asks by name and gets the declared type.
 */
public final class RuleParameters {
    private final Map<String, Object> values;

    public RuleParameters(Map<String, Object> values) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> { if (v != null) copy.put(k, v); });
        this.values = java.util.Collections.unmodifiableMap(copy);
    }

    public int intValue(String name) { return ((Long) require(name)).intValue(); }

    public long longValue(String name) { return (Long) require(name); }

    public boolean boolValue(String name) { return (Boolean) require(name); }

    /** A STRING or CHOICE value; null when the parameter has no value and no default. */
    public String string(String name) {
        Object v = values.get(name);
        return v == null ? null : v.toString();
    }

    /** A CSV value as a list; empty when not given. */
    @SuppressWarnings("unchecked")
    public List<String> list(String name) {
        Object v = values.get(name);
        return v == null ? List.of() : (List<String>) v;
    }

    public boolean has(String name) { return values.get(name) != null; }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) throw new IllegalStateException("parameter " + name + " is not declared with a default");
        return v;
    }

    @Override public String toString() { return values.toString(); }
}
