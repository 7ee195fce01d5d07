package org.msb.model.policy;

import java.util.List;
import java.util.Objects;

/**
 * One principal an Allow statement admits, and the conditions under which it does. A statement with
 * {@code NotPrincipal} admits everyone except the listed principals; it gives one grant to
 * {@code Principal("*")} with {@code except} set to the principals it leaves out.
 */
public record PrincipalGrant(Principal principal, List<Principal> except, List<Condition> conditions, Statement statement) {
    public PrincipalGrant {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(statement, "statement");
        except = List.copyOf(except);
        conditions = List.copyOf(conditions);
    }

    /** Everyone ({@code "*"}, {@code {"AWS": "*"}}, or everyone but a {@code NotPrincipal} list). */
    public boolean isEveryone() { return principal.isEveryone(); }

    public boolean isConditional() { return !conditions.isEmpty(); }

    /** Everyone without any condition: a public grant. */
    public boolean isUnconditionalEveryone() { return isEveryone() && !isConditional(); }

    @Override public String toString() {
        return principal + (except.isEmpty() ? "" : " except " + except) + (conditions.isEmpty() ? "" : " if " + conditions)
                + " (" + statement.label() + ")";
    }
}
