package org.msb.error;

/**
 * The invocation stopped before its work was done because Lambda's time was nearly up (see
 * {@link org.msb.engine.Deadline}); the message says what was done and what was not. Nothing partial is
 * reported as complete: the invocation fails, and Config keeps the previous results until the next run.
 */
public final class DeadlineReachedException extends MsbException {
    public DeadlineReachedException(String message) { super(message); }
}
