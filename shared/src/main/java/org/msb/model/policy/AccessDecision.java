package org.msb.model.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The answer to a query with its reasons: {@code grants} are the Allow statements that cover it,
 * {@code denies} the Deny statements that touch it.
 */
public record AccessDecision(Access access, List<Statement> grants, List<Statement> denies) {
    public AccessDecision {
        grants = List.copyOf(grants);
        denies = List.copyOf(denies);
    }

    public boolean isGranted() { return access.isGranted(); }

    /** The granting statements for annotations: their Sids, or {@code Statement[i]} when they have none. */
    public String grantingStatements() {
        return grants.stream().map(Statement::label).distinct().collect(Collectors.joining(", "));
    }
}
