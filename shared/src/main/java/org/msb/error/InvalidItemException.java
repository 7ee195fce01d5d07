package org.msb.error;

/** A configuration item that cannot be normalised: names the field and what was found. */
public class InvalidItemException extends MsbException {
    public InvalidItemException(String message) { super(message); }
    public InvalidItemException(String message, Throwable cause) { super(message, cause); }
}
