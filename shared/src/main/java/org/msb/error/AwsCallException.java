package org.msb.error;

/**
 * An AWS call that failed (AccessDenied, throttling past retries, a 5xx). Never a compliance verdict:
 * the invocation fails with this message.
 */
public class AwsCallException extends MsbException {
    public AwsCallException(String message, Throwable cause) { super(message, cause); }
}
