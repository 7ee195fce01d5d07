package org.msb.cli.generate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the conditions and parameters a template does not use (with no global or no optional rule in the build,
 * IsHomeRegion or EnableOptionalControls have nothing to govern), so cfn-lint has no unused-item warning to
 * report and a user is never asked for a value that changes nothing.
 */
final class TemplatePruner {
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([A-Za-z0-9:]+)(\\.[A-Za-z0-9.]+)?}");

    private TemplatePruner() {}

    @SuppressWarnings("unchecked")
    static Map<String, Object> prune(Map<String, Object> template) {
        Map<String, Object> conditions = (Map<String, Object>) template.getOrDefault("Conditions", Map.of());
        Set<String> usedConditions = new HashSet<>();
        Set<String> refs = new HashSet<>();
        scan(template.get("Resources"), refs, usedConditions);
        scan(template.get("Outputs"), refs, usedConditions);
        boolean grew = true;
        while (grew) {  // a used condition uses the conditions and parameters it names
            grew = false;
            for (String c : Set.copyOf(usedConditions)) {
                Set<String> before = Set.copyOf(usedConditions);
                scan(conditions.get(c), refs, usedConditions);
                if (!usedConditions.equals(before)) grew = true;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : template.entrySet()) {
            switch (e.getKey()) {
                case "Conditions" -> {
                    Map<String, Object> kept = new LinkedHashMap<>();
                    conditions.forEach((k, v) -> { if (usedConditions.contains(k)) kept.put(k, v); });
                    if (!kept.isEmpty()) out.put("Conditions", kept);
                }
                case "Parameters" -> {
                    Map<String, Object> kept = new LinkedHashMap<>();
                    ((Map<String, Object>) e.getValue()).forEach((k, v) -> { if (refs.contains(k)) kept.put(k, v); });
                    out.put("Parameters", kept);
                }
                default -> out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static void scan(Object v, Set<String> refs, Set<String> conditions) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String key = (String) e.getKey();
                Object val = e.getValue();
                switch (key) {
                    case "Ref" -> { if (val instanceof String name) refs.add(name); }
                    case "Condition" -> { if (val instanceof String name) conditions.add(name); }  // not an IAM policy's Condition block
                    case "Fn::If" -> conditions.add((String) ((List<?>) val).get(0));
                    case "Fn::Sub" -> {
                        Matcher matcher = SUB_VARIABLE.matcher(val instanceof String s ? s : (String) ((List<?>) val).get(0));
                        while (matcher.find()) refs.add(matcher.group(1));
                    }
                    default -> { }
                }
                scan(val, refs, conditions);
            }
        } else if (v instanceof List<?> l) {
            for (Object x : l) scan(x, refs, conditions);
        }
    }
}
