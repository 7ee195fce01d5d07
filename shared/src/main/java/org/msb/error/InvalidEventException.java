package org.msb.error;

/** A Config rule event that cannot be read: not JSON, a missing field, an unknown message type. */
public class InvalidEventException extends MsbException {
    public InvalidEventException(String message) { super(message); }
    public InvalidEventException(String message, Throwable cause) { super(message, cause); }
}
