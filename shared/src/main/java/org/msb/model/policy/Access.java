package org.msb.model.policy;

/**
 * What one policy document says about a set of actions on a set of resources (a query such as
 * {@code s3:Put*} on {@code *}). Only {@link #ALLOWED} is a grant: a conditional Allow is never read as one,
 * and a Deny wins over any Allow.
 */
public enum Access {
    /** Unconditional Allow statements cover every action and resource of the query, and no Deny touches it. */
    ALLOWED,
    /**
     * Allowed only under conditions: the covering Allow statements have a {@code Condition}, or a
     * conditional Deny overlaps the query (the grant holds unless that condition is met).
     */
    CONDITIONAL,
    /** An Allow covers the query, but an unconditional Deny removes part of it (Allow {@code *}, Deny {@code iam:*}). */
    PARTIAL,
    /** An unconditional Deny covers the whole query. */
    DENIED,
    /** No Allow (alone or together with the others) covers the whole query: at most part of it is allowed. */
    NOT_ALLOWED;

    /** True only for an unconditional, undiminished grant. */
    public boolean isGranted() { return this == ALLOWED; }

    /** True when the query may be granted in some request: {@link #ALLOWED} or {@link #CONDITIONAL}. */
    public boolean mayBeGranted() { return this == ALLOWED || this == CONDITIONAL; }
}
