package org.msb.fuzz;

import org.msb.error.MsbException;

/**
 * The only outcomes a fuzz target allows: a result, or the typed error its API documents, with a message. Any
 * other throwable (NullPointerException, ClassCastException, IllegalStateException, StackOverflowError...)
 * escapes, and Jazzer reports it as a finding.
 */
public final class Outcomes {
    private Outcomes() {}

    /** Runs {@code action}; a typed error of {@code allowed} with a message is an accepted outcome. */
    public static void resultOrTyped(Class<? extends MsbException> allowed, Runnable action) {
        try {
            action.run();
        } catch (MsbException e) {
            requireTyped(allowed, e);
        }
    }

    /** Fails unless {@code e} is an {@code allowed} error whose message says something. */
    public static void requireTyped(Class<? extends MsbException> allowed, MsbException e) {
        if (!allowed.isInstance(e)) {
            throw new AssertionError("expected " + allowed.getSimpleName() + " but got " + e.getClass().getName() + ": " + e.getMessage(), e);
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError(e.getClass().getSimpleName() + " without a message", e);
        }
    }

    /** Checks a condition a result must satisfy; a broken invariant is a finding too. */
    public static void check(boolean condition, String what) {
        if (!condition) throw new AssertionError(what);
    }
}
