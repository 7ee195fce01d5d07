package org.msb.cli.generate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** CloudFormation intrinsic functions in long form, as maps for {@link YamlEmitter}. */
final class Cfn {
    private Cfn() {}

    static final Map<String, Object> NO_VALUE = ref("AWS::NoValue");

    static Map<String, Object> ref(String name) { return Map.of("Ref", name); }

    static Map<String, Object> sub(String text) { return Map.of("Fn::Sub", text); }

    static Map<String, Object> getAtt(String resource, String attribute) { return Map.of("Fn::GetAtt", List.of(resource, attribute)); }

    static Map<String, Object> ifThen(String condition, Object then, Object otherwise) { return Map.of("Fn::If", List.of(condition, then, otherwise)); }

    static Map<String, Object> equalsTo(Object a, Object b) { return Map.of("Fn::Equals", List.of(a, b)); }

    static Map<String, Object> not(Object condition) { return Map.of("Fn::Not", List.of(condition)); }

    static Map<String, Object> and(Object... conditions) { return Map.of("Fn::And", List.of(conditions)); }

    static Map<String, Object> condition(String name) { return Map.of("Condition", name); }

    /** A map keeping the given order: k1, v1, k2, v2, ... (null values are left out). */
    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A resource with an optional condition and DependsOn. */
    static Map<String, Object> resource(String type, String condition, List<String> dependsOn, Map<String, Object> properties) {
        return map("Type", type, "Condition", condition, "DependsOn", dependsOn == null || dependsOn.isEmpty() ? null : dependsOn,
                "Properties", properties);
    }

    static Map<String, Object> parameter(String type, Object defaultValue, String description, Object... more) {
        Map<String, Object> p = map("Type", type, "Default", defaultValue, "Description", description);
        for (int i = 0; i < more.length; i += 2) p.put((String) more[i], more[i + 1]);
        return p;
    }

    static Map<String, Object> policyDocument(List<Object> statements) { return map("Version", "2012-10-17", "Statement", statements); }

    static Map<String, Object> allow(String sid, List<String> actions, Object resource) {
        return map("Sid", sid, "Effect", "Allow", "Action", actions.size() == 1 ? actions.get(0) : actions, "Resource", resource);
    }
}
