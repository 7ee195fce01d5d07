package org.msb.internal.lambda;

import org.msb.error.AwsCallException;

/** PutEvaluations did not take every evaluation; carries what it did take, for the logs and LocalInvoke. */
public final class DeliveryException extends AwsCallException {
    private final transient Delivery partial;

    DeliveryException(String message, Delivery partial, Throwable cause) {
        super(message, cause);
        this.partial = partial;
    }

    /** The evaluations that were delivered before the failure. */
    public Delivery partial() { return partial; }
}
