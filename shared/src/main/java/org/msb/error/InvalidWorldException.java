package org.msb.error;

/** A world file or Config snapshot that cannot be read; names the file and what was wrong. */
public class InvalidWorldException extends MsbException {
    public InvalidWorldException(String message) { super(message); }
    public InvalidWorldException(String message, Throwable cause) { super(message, cause); }
}
