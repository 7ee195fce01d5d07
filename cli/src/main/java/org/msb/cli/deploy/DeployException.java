package org.msb.cli.deploy;

/** A deployment step failed; the message names the account, region and resource, and says what was left in place. */
public final class DeployException extends RuntimeException {
    public DeployException(String message) { super(message); }

    public DeployException(String message, Throwable cause) { super(message, cause); }
}
