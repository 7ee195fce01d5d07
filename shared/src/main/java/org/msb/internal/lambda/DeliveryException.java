package org.msb.internal.lambda;

import org.msb.error.AwsCallException;
import org.msb.rule.Evaluation;

import java.util.List;

/**
 * PutEvaluations did not take every evaluation; carries what it did take and what it did not (the message
 * names the first of those), for the logs, LocalInvoke and the fault-injection suite.
 */
public final class DeliveryException extends AwsCallException {
    private final transient Delivery partial;
    private final transient List<Evaluation> undelivered;

    DeliveryException(String message, Delivery partial, List<Evaluation> undelivered, Throwable cause) {
        super(message, cause);
        this.partial = partial;
        this.undelivered = List.copyOf(undelivered);
    }

    /** The evaluations that were delivered before the failure. */
    public Delivery partial() { return partial; }

    /** Every evaluation that was not delivered. */
    public List<Evaluation> undelivered() { return undelivered; }
}
