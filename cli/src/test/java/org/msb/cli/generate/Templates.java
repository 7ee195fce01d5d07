package org.msb.cli.generate;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading generated templates back as data, with a YAML parser that is not the one that wrote them. */
final class Templates {
    private Templates() {}

    private static final Pattern SUB = Pattern.compile("\\$\\{([A-Za-z0-9:]+)}");

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(10 * 1024 * 1024);
        return (Map<String, Object>) new Yaml(options).load(yaml);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o, String... path) {
        Object cur = o;
        for (String key : path) {
            if (!(cur instanceof Map<?, ?> m) || !m.containsKey(key)) throw new AssertionError("no " + String.join(".", path) + " (at " + key + ")");
            cur = m.get(key);
        }
        return (Map<String, Object>) cur;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Map<String, Object>> resources(Map<String, Object> template) {
        return (Map<String, Map<String, Object>>) (Map<?, ?>) template.get("Resources");
    }

    static Map<String, Map<String, Object>> resourcesOfType(Map<String, Object> template, String type) {
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        resources(template).forEach((k, v) -> { if (type.equals(v.get("Type"))) out.put(k, v); });
        return out;
    }

    static Map<String, Object> properties(Map<String, Object> resource) { return map(resource, "Properties"); }

    /** The action list of a statement ("Action" is a string or a list). */
    @SuppressWarnings("unchecked")
    static List<String> actions(Map<String, Object> statement) {
        Object a = statement.get("Action");
        return a instanceof String s ? List.of(s) : (List<String>) a;
    }

    /** The ${Name} variables of a Fn::Sub string. */
    static List<String> subVariables(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = SUB.matcher(text);
        while (m.find()) out.add(m.group(1));
        return out;
    }
}
