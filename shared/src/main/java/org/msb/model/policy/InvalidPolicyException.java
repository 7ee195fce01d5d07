package org.msb.model.policy;

import org.msb.error.InvalidItemException;

/**
 * A policy document that cannot be read: not JSON (also after URL-decoding), no {@code Statement}, an
 * {@code Effect} other than {@code Allow}/{@code Deny}, {@code Action} and {@code NotAction} together...
 * The message names the statement (index and Sid) and the field.
 */
public class InvalidPolicyException extends InvalidItemException {
    public InvalidPolicyException(String message) { super(message); }

    public InvalidPolicyException(String message, Throwable cause) { super(message, cause); }
}
