package org.msb.error;

/** Root of every error the framework raises on purpose. Messages name what was wrong and what is accepted. */
public class MsbException extends RuntimeException {
    public MsbException(String message) { super(message); }
    public MsbException(String message, Throwable cause) { super(message, cause); }
}
