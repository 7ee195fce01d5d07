package org.msb.error;

/** An exception register (or exception tag) that cannot be read; names the entry and the field. */
public class InvalidRegisterException extends MsbException {
    public InvalidRegisterException(String message) { super(message); }
    public InvalidRegisterException(String message, Throwable cause) { super(message, cause); }
}
