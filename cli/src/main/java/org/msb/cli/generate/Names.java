package org.msb.cli.generate;

import org.msb.rule.ParameterSpec;
import org.msb.rule.RuleSpec;

/**
 * Every name the generated artifacts give a rule, in one place: the Config rule name (the rule id, so that
 * the suffix a conformance pack appends still leaves it within the 64 characters GetComplianceDetailsByConfigRule
 * accepts), the Lambda function and its alias, the logical ids and the pack parameter names.
 */
public final class Names {
    private Names() {}

    /** Conformance packs append "-conformance-pack-" and 8 characters to the rules they create (budgeted at 26). */
    public static final int PACK_RULE_SUFFIX = 26;
    /** GetComplianceDetailsByConfigRule and reports accept rule names of at most 64 characters. */
    public static final int MAX_RULE_NAME = 64;
    public static final String FUNCTION_PREFIX = "msb-";
    /** The alias the packs invoke: SnapStart applies to published versions, never to $LATEST. */
    public static final String ALIAS = "live";
    public static final String HANDLER = "org.msb.internal.lambda.ConfigRuleHandler::handleRequest";

    public static String configRuleName(RuleSpec s) { return s.id(); }

    public static String functionName(RuleSpec s) { return FUNCTION_PREFIX + s.id(); }

    /** The jar's key under the artifact version: {@code <version>/<rule-id>.jar}. */
    public static String jarName(RuleSpec s) { return s.id() + ".jar"; }

    /** {@code password-policy} becomes {@code PasswordPolicy}. */
    public static String logicalId(RuleSpec s) {
        StringBuilder b = new StringBuilder();
        for (String part : s.id().split("-")) {
            if (part.isEmpty()) continue;
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    /** AWS's sample-pack convention: {@code <RuleLogicalId>Param<ParameterName>}. */
    public static String packParameter(RuleSpec s, ParameterSpec p) {
        return logicalId(s) + "Param" + Character.toUpperCase(p.name().charAt(0)) + p.name().substring(1);
    }

    public static String role(RuleSpec s) { return logicalId(s) + "Role"; }

    public static String function(RuleSpec s) { return logicalId(s) + "Function"; }

    public static String version(RuleSpec s) { return logicalId(s) + "Version"; }

    public static String alias(RuleSpec s) { return logicalId(s) + "Alias"; }

    public static String permission(RuleSpec s) { return logicalId(s) + "Permission"; }

    public static String logGroup(RuleSpec s) { return logicalId(s) + "Logs"; }

    /** {@code msb-iam-global} becomes {@code PackMsbIamGlobal}. */
    public static String packResource(String packName) {
        StringBuilder b = new StringBuilder("Pack");
        for (String part : packName.split("-")) {
            if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }
}
