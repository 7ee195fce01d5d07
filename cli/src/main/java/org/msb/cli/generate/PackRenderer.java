package org.msb.cli.generate;

import org.msb.rule.FrameworkParameters;
import org.msb.rule.Frequency;
import org.msb.rule.ParameterSpec;
import org.msb.rule.ParameterType;
import org.msb.rule.RuleSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A pack as a conformance-pack template: {@code Owner: CUSTOM_LAMBDA} rules with both change message types
 * for change-triggered rules and {@code ScheduledNotification} with {@code MaximumExecutionFrequency} for periodic
 * ones, {@code Scope.ComplianceResourceTypes} for change rules, the control id in each description, and every
 * rule parameter as a pack parameter ({@code Type: String} with a quoted default, as AWS's sample packs do
 * and cfn-lint requires).
 */
public final class PackRenderer {
    public static final String LAMBDA_ARN_PREFIX = "LambdaArnPrefix";
    public static final String CENTRAL_ACCOUNT_ID = "CentralAccountId";
    static final int MAX_DESCRIPTION = 256;
    /** Longer than any real alias ARN prefix (partition aws-iso-b, a long region), to size substituted bodies. */
    static final String WORST_ARN_PREFIX = "arn:aws-iso-b:lambda:ap-southeast-77:123456789012:function:" + Names.FUNCTION_PREFIX;

    private PackRenderer() {}

    /** The template text (without the generated-file header). */
    public static String render(Pack pack, PackVariant variant) {
        return YamlEmitter.write(escaped(template(pack, variant), variant));
    }

    /**
     * The body's size as Config will receive it: for a substituted variant, with every placeholder replaced by
     * a longer ARN than any real one.
     */
    public static int deployedBytes(Pack pack, PackVariant variant) {
        String text = render(pack, variant);
        if (variant.substituted()) {
            for (RuleSpec s : pack.rules()) {
                String worst = WORST_ARN_PREFIX + s.id() + ":" + Names.ALIAS;
                text = text.replace(sourceIdentifier(s, variant).text(), worst);
            }
            text = text.replace("${!", "${");
        }
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** The parameters the pack declares: the framework's (shared by its rules), then each rule's own. */
    public static Map<String, Object> parameters(Pack pack, PackVariant variant) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (variant == PackVariant.STANDALONE) {
            params.put(LAMBDA_ARN_PREFIX, ordered("Type", "String",
                    "Description", "ARN of the rule functions up to the rule id, e.g. arn:aws:lambda:eu-west-1:111122223333:function:"
                            + Names.FUNCTION_PREFIX + " (each rule invokes <prefix><rule-id>:" + Names.ALIAS + ")",
                    "AllowedPattern", "arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]*"));
        }
        // Inside a deployment template the outer template describes and validates each value; the body only needs defaults.
        boolean described = !variant.substituted();
        params.put(FrameworkParameters.EXCEPTION_REGISTER, frameworkDeclaration(FrameworkParameters.EXCEPTION_REGISTER, described));
        if (variant.executionRole()) params.put(FrameworkParameters.EXECUTION_ROLE_NAME, frameworkDeclaration(FrameworkParameters.EXECUTION_ROLE_NAME, described));
        if (pack.homeRegionOnly()) params.put(FrameworkParameters.HOME_REGION, frameworkDeclaration(FrameworkParameters.HOME_REGION, described));
        for (RuleSpec s : pack.rules()) {
            for (ParameterSpec p : s.parameters()) {
                String name = Names.packParameter(s, p);
                if (params.put(name, described ? declaration(p) : bare(p.defaultValue())) != null) {
                    throw new IllegalStateException("rule " + s.id() + ": two parameters map to the pack parameter " + name);
                }
            }
        }
        return params;
    }

    private static Map<String, Object> bare(String defaultValue) {
        return ordered("Type", "String", "Default", defaultValue == null ? "" : defaultValue);
    }

    /** A rule parameter as a template parameter: a string with its default ("" for none) and what it accepts. */
    public static Map<String, Object> declaration(ParameterSpec p) {
        Map<String, Object> d = ordered("Type", "String", "Default", p.defaultValue() == null ? "" : p.defaultValue(),
                "Description", p.description() + " (" + p.accepted() + (p.defaultValue() == null && !p.description().contains("empty") ? "; empty = none" : "") + ")");
        if (p.type() == ParameterType.BOOLEAN) d.put("AllowedValues", List.of("true", "false"));
        if (p.type() == ParameterType.CHOICE) {
            List<String> allowed = new ArrayList<>(p.choices());
            if (p.defaultValue() == null) allowed.add(0, "");
            d.put("AllowedValues", allowed);
        }
        return d;
    }

    static Map<String, Object> frameworkDeclaration(String name, boolean described) {
        ParameterSpec p = FrameworkParameters.all().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return described ? ordered("Type", "String", "Default", "", "Description", p.description()) : bare(null);
    }

    static Map<String, Object> template(Pack pack, PackVariant variant) {
        Map<String, Object> resources = new LinkedHashMap<>();
        for (RuleSpec s : pack.rules()) resources.put(Names.logicalId(s), rule(s, pack, variant));
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("Parameters", parameters(pack, variant));
        t.put("Resources", resources);
        return t;
    }

    static Map<String, Object> rule(RuleSpec s, Pack pack, PackVariant variant) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("Owner", "CUSTOM_LAMBDA");
        source.put("SourceIdentifier", sourceIdentifier(s, variant).value());
        source.put("SourceDetails", sourceDetails(s));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("ConfigRuleName", Names.configRuleName(s));
        props.put("Description", description(s));
        props.put("Source", source);
        if (s.isChangeTriggered()) props.put("Scope", Map.of("ComplianceResourceTypes", s.changeTypes()));
        props.put("InputParameters", inputParameters(s, pack, variant));
        return ordered("Type", "AWS::Config::ConfigRule", "Properties", props);
    }

    /** "IAM-3: <description>", at most 256 characters (Config's limit). */
    public static String description(RuleSpec s) {
        String d = s.controlId() + ": " + s.description();
        return d.length() <= MAX_DESCRIPTION ? d : d.substring(0, MAX_DESCRIPTION - 3) + "...";
    }

    static List<Object> sourceDetails(RuleSpec s) {
        List<Object> details = new ArrayList<>();
        if (s.isChangeTriggered()) {
            details.add(ordered("EventSource", "aws.config", "MessageType", "ConfigurationItemChangeNotification"));
            details.add(ordered("EventSource", "aws.config", "MessageType", "OversizedConfigurationItemChangeNotification"));
        }
        if (s.isPeriodic()) {
            Frequency f = s.frequency();
            details.add(ordered("EventSource", "aws.config", "MessageType", "ScheduledNotification", "MaximumExecutionFrequency", f.name()));
        }
        return details;
    }

    static Map<String, Object> inputParameters(RuleSpec s, Pack pack, PackVariant variant) {
        Map<String, Object> in = new LinkedHashMap<>();
        for (ParameterSpec p : s.parameters()) in.put(p.name(), ref(Names.packParameter(s, p)));
        in.put(FrameworkParameters.EXCEPTION_REGISTER, ref(FrameworkParameters.EXCEPTION_REGISTER));
        if (variant.executionRole()) in.put(FrameworkParameters.EXECUTION_ROLE_NAME, ref(FrameworkParameters.EXECUTION_ROLE_NAME));
        if (s.global() && pack.homeRegionOnly()) in.put(FrameworkParameters.HOME_REGION, ref(FrameworkParameters.HOME_REGION));
        return in;
    }

    /** A value the outer template's Fn::Sub fills in (kept unescaped), or a plain intrinsic for the standalone pack. */
    record Source(Object value, String text) {}

    static Source sourceIdentifier(RuleSpec s, PackVariant variant) {
        String rest = s.id() + ":" + Names.ALIAS;
        return switch (variant) {
            case STANDALONE -> new Source(Map.of("Fn::Join", List.of("", List.of(ref(LAMBDA_ARN_PREFIX), rest))), null);
            case MEMBER_STACK -> substitution("${" + Names.alias(s) + "}");
            case CENTRAL_ORGANIZATION -> substitution("arn:${AWS::Partition}:lambda:${AWS::Region}:${" + CENTRAL_ACCOUNT_ID + "}:function:"
                    + Names.functionName(s) + ":" + Names.ALIAS);
        };
    }

    private static Source substitution(String text) { return new Source(new Substitution(text), text); }

    /** A string the outer Fn::Sub must expand: not escaped. */
    record Substitution(String text) {}

    /** Every string escaped for Fn::Sub ("${" written "${!") except the placeholders meant for it. */
    static Object escaped(Object v, PackVariant variant) {
        if (v instanceof Substitution sub) return sub.text();
        if (v instanceof String str) return variant.substituted() ? str.replace("${", "${!") : str;
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, val) -> out.put((String) k, escaped(val, variant)));
            return out;
        }
        if (v instanceof List<?> l) return l.stream().map(x -> escaped(x, variant)).toList();
        return v;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> escaped(Map<String, Object> m, PackVariant variant) { return (Map<String, Object>) escaped((Object) m, variant); }

    static Map<String, Object> ref(String name) { return Map.of("Ref", name); }

    /** A map that keeps the given key order: k1, v1, k2, v2, ... */
    static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
