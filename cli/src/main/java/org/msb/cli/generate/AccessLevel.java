package org.msb.cli.generate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether an IAM action only reads. The verbs below are those the IAM service authorization reference
 * files under the "Read" or "List" access level; the two "Generate" actions are Read there too (they
 * prepare a report for a later Get). Everything else counts as a write, and a generated role may hold
 * only the writes the framework needs ({@link #FRAMEWORK_WRITES}).
 */
public final class AccessLevel {
    private AccessLevel() {}

    private static final Pattern ACTION = Pattern.compile("[a-z0-9-]+:[A-Z][A-Za-z0-9]+");  // apigateway:GET included
    private static final List<String> READ_VERBS = List.of("Get", "List", "Describe", "BatchGet", "BatchDescribe", "Select",
            "Search", "Lookup", "Query", "Scan", "View", "Validate", "Check");
    /**
     * Reads under another name: the Generate actions prepare a report for a later Get, and API Gateway's
     * control-plane actions are named after HTTP methods, where GET is its only read.
     */
    private static final Set<String> READ_ANYWAY = Set.of("iam:GenerateCredentialReport", "iam:GenerateServiceLastAccessedDetails",
            "iam:GenerateOrganizationsAccessReport", "apigateway:GET");

    /**
     * The writes a rule role may make: its evaluations, its own log stream, and (central pattern) assuming the
     * member role. The exception register and evidence are only read by rules.
     */
    public static final Set<String> FRAMEWORK_WRITES = Set.of("config:PutEvaluations", "logs:CreateLogStream", "logs:PutLogEvents",
            "sts:AssumeRole");

    /** A well-formed action name: service prefix, colon, an operation without wildcards. */
    public static boolean isWellFormed(String action) { return ACTION.matcher(action).matches(); }

    public static boolean isRead(String action) {
        if (READ_ANYWAY.contains(action)) return true;
        String verb = action.substring(action.indexOf(':') + 1);
        return READ_VERBS.stream().anyMatch(verb::startsWith);
    }
}
