package org.msb.internal.live;

import org.msb.error.AwsCallException;

/**
 * An AWS call that failed (a live read, a fact loader's call, or one of the Lambda handler's), made by
 * {@link AwsCall} with what a person needs to fix it: the service, the operation, AWS's error code and the
 * IAM action the caller likely lacks. {@link #kind()} lets a capture record an unreadable fact as missing
 * (access denied, operation not served by the endpoint) while other failures (throttling past retries,
 * the network) stop it.
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

    /** The same failure, its message prefixed with what the call was for ("Cannot read the exception register X: "). */
    public AwsReadException prefixed(String context) {
        return new AwsReadException(kind, service, operation, errorCode, iamAction, context + getMessage(), getCause());
    }

    public Kind kind() { return kind; }

    public String service() { return service; }

    /** The API operation; null when not known (an SDK failure escaping rule code). */
    public String operation() { return operation; }

    /** AWS's error code, e.g. {@code AccessDenied}; null when the endpoint sent none. */
    public String errorCode() { return errorCode; }

    /**
     * The IAM action the operation needs, e.g. {@code iam:GetAccountPasswordPolicy}; for a denial the one
     * AWS names as missing when it names one; null when not known.
     */
    public String iamAction() { return iamAction; }

    public boolean isAccessDenied() { return kind == Kind.ACCESS_DENIED; }
}
