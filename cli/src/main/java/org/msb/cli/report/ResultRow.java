package org.msb.cli.report;

import org.msb.rule.Section;

/**
 * One resource's result for one rule in one account, or (state ERROR, empty resource) a rule that could
 * not be evaluated, with its message as the annotation. {@code exception} is null when none was considered.
 */
public record ResultRow(AccountKey account, Section section, String controlId, String ruleId, String resourceType,
                        String resourceId, ResultState state, String annotation, ExceptionEntry exception) {
    /** Identifies the result across reports: account, region, rule, resource. */
    public String key() { return key(account.id(), ruleId, resourceType, resourceId); }

    static String key(String accountAndRegion, String ruleId, String resourceType, String resourceId) {
        return accountAndRegion + " " + ruleId + " " + resourceType + " " + resourceId;
    }
}
