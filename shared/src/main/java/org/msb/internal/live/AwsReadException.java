package org.msb.internal.live;

import org.msb.error.AwsCallException;

/**
 * A read from a live account that failed, with what a person needs to fix it: the service, the
 * operation, AWS's error code and the IAM action the caller likely lacks. {@link #kind()} lets a capture
 * record an unreadable fact as missing (access denied, operation not served by the endpoint) while other
 * failures (throttling past retries, the network) stop it.
 */
public final class AwsReadException extends AwsCallException {

    /** Why the read failed. */
    public enum Kind {
        /** AccessDenied, UnauthorizedOperation and their kin: a permission is missing. */
        ACCESS_DENIED,
        /** The endpoint answered with no AWS error (HTML 500/404): an emulator lacking the operation. */
        NOT_SERVED,
        /** Throttled past the SDK's retries. */
        THROTTLED,
        /** Any other error AWS returned. */
        SERVICE_ERROR,
        /** The request never got an answer (network, credentials, timeouts). */
        CLIENT_ERROR
    }

    private final Kind kind;
    private final String service;
    private final String operation;
    private final String errorCode;
    private final String iamAction;

    public AwsReadException(Kind kind, String service, String operation, String errorCode, String iamAction, String message,
                            Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.service = service;
        this.operation = operation;
        this.errorCode = errorCode;
        this.iamAction = iamAction;
    }

    public Kind kind() { return kind; }

    public String service() { return service; }

    public String operation() { return operation; }

    /** AWS's error code, e.g. {@code AccessDenied}; null when the endpoint sent none. */
    public String errorCode() { return errorCode; }

    /** The IAM action the operation needs, e.g. {@code iam:GetAccountPasswordPolicy}. */
    public String iamAction() { return iamAction; }

    public boolean isAccessDenied() { return kind == Kind.ACCESS_DENIED; }
}
