package org.msb.cli.generate;

import org.msb.rule.ParameterSpec;
import org.msb.rule.RuleSpec;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * AWS Config's conformance-pack limits (CONFIG-RULES-CONTRACT.md section 13.2), which cfn-lint does not know:
 * a template body of at most 51,200 bytes, at most 60 input parameters, at most 130 rules per pack; and the
 * per-rule limits a pack cannot fix by splitting (rule name with the pack's suffix, description, InputParameters).
 */
public final class PackLimits {
    public static final int MAX_BODY_BYTES = 51_200;
    public static final int MAX_PARAMETERS = 60;
    public static final int MAX_RULES = 130;
    /** InputParameters is a JSON object serialised as a string of at most 1024 characters. */
    public static final int MAX_INPUT_PARAMETERS_CHARS = 1024;
    /** Room kept in InputParameters for the framework values a user supplies (register location, role, region). */
    static final int FRAMEWORK_VALUE_BUDGET = 256 + 64 + 20;

    private PackLimits() {}

    /** What a pack of these rules would break, over every variant of its template; empty when it fits. */
    public static List<String> violations(Pack pack) {
        List<String> out = new ArrayList<>();
        if (pack.rules().size() > MAX_RULES) out.add(pack.rules().size() + " rules (at most " + MAX_RULES + ")");
        for (PackVariant v : PackVariant.values()) {
            int params = PackRenderer.parameters(pack, v).size();
            if (params > MAX_PARAMETERS) {
                out.add(params + " parameters in its " + v.name().toLowerCase() + " form (at most " + MAX_PARAMETERS + ")");
                break;
            }
        }
        for (PackVariant v : PackVariant.values()) {
            int bytes = bodyBytes(pack, v);
            if (bytes > MAX_BODY_BYTES) {
                out.add(bytes + " bytes in its " + v.name().toLowerCase() + " form (at most " + MAX_BODY_BYTES + ")");
                break;
            }
        }
        return out;
    }

    /** The body as Config receives it; the standalone file also carries the generated-file header. */
    public static int bodyBytes(Pack pack, PackVariant v) {
        if (v == PackVariant.STANDALONE) {
            return (Generated.yamlHeader() + PackFiles.headerLines(pack) + PackRenderer.render(pack, v)).getBytes(StandardCharsets.UTF_8).length;
        }
        return PackRenderer.deployedBytes(pack, v);
    }

    /** Limits of one rule that no pack layout can fix; an error here names the rule and what to change. */
    public static void checkRule(RuleSpec s) {
        String name = Names.configRuleName(s);
        if (name.length() + Names.PACK_RULE_SUFFIX > Names.MAX_RULE_NAME) {
            throw new IllegalStateException("rule " + s.id() + ": its Config rule name plus the conformance pack's suffix (~"
                    + Names.PACK_RULE_SUFFIX + " characters) exceeds " + Names.MAX_RULE_NAME + "; shorten the rule id");
        }
        if (PackRenderer.description(s).length() > PackRenderer.MAX_DESCRIPTION) throw new IllegalStateException("rule " + s.id() + ": description too long");
        int chars = inputParametersChars(s);
        if (chars > MAX_INPUT_PARAMETERS_CHARS) {
            throw new IllegalStateException("rule " + s.id() + ": its InputParameters with defaults and room for the framework values take "
                    + chars + " characters; Config accepts " + MAX_INPUT_PARAMETERS_CHARS + " (shorten parameter names or defaults)");
        }
    }

    /** The JSON length of the rule's InputParameters with defaults, plus the budget for framework values. */
    static int inputParametersChars(RuleSpec s) {
        Map<String, String> json = new LinkedHashMap<>();
        for (ParameterSpec p : s.allParameters()) json.put(p.name(), p.defaultValue() == null ? "" : p.defaultValue());
        return new com.google.gson.Gson().toJson(json).length() + FRAMEWORK_VALUE_BUDGET;
    }
}
