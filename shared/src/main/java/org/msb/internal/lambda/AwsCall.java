package org.msb.internal.lambda;

import org.msb.error.AwsCallException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where an AWS SDK failure becomes an {@link AwsCallException}: a message that names the
 * service, the operation, AWS's error code and, for a denial, the IAM action that is probably missing.
 * A failed call is an error of the rule, never evidence about a resource.
 */
public final class AwsCall {
    private static final Pattern NOT_AUTHORIZED = Pattern.compile("not authorized to perform:? ([a-zA-Z0-9-]+:[A-Za-z0-9*]+)");

    private AwsCall() {}

    /**
     * Runs one call.
     *
     * @param action the IAM action of the call, {@code service:Operation} (e.g. {@code config:PutEvaluations})
     */
    public static <T> T run(String action, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(action, e);
        }
    }

    /** @param action {@code service:Operation}, or null when the failing call is not known (a fact loader's) */
    public static AwsCallException translate(String action, SdkException e) {
        String service = action == null ? null : action.substring(0, action.indexOf(':'));
        String operation = action == null ? null : action.substring(action.indexOf(':') + 1);
        if (e instanceof AwsServiceException s && s.awsErrorDetails() != null && s.awsErrorDetails().serviceName() != null) {
            service = s.awsErrorDetails().serviceName();
        }
        String what = (service == null ? "An AWS call" : service + " " + (operation == null ? "call" : operation));
        if (e instanceof SdkServiceException s) {
            String code = errorCode(s);
            String message = awsMessage(s);
            StringBuilder m = new StringBuilder(what).append(" failed with ").append(code)
                    .append(" (HTTP ").append(s.statusCode()).append(")");
            if (message != null) m.append(": ").append(message);
            if (isAccessDenied(s)) {
                String missing = missingAction(message, action);
                m.append(missing == null ? ". The role lacks a permission for this call."
                        : ". The role probably lacks " + missing + ".");
            } else if (s.isThrottlingException()) {
                m.append(". AWS kept throttling the call after retries.");
            }
            if (s.requestId() != null) m.append(" [request id ").append(s.requestId()).append("]");
            return new AwsCallException(m.toString(), e);
        }
        if (e instanceof SdkClientException) {
            return new AwsCallException(what + " failed before AWS answered: " + e.getMessage(), e);
        }
        return new AwsCallException(what + " failed: " + e.getMessage(), e);
    }

    /** AccessDenied, AccessDeniedException, UnauthorizedOperation, or any HTTP 403. */
    public static boolean isAccessDenied(SdkServiceException s) {
        String code = errorCode(s);
        return code.startsWith("AccessDenied") || code.equals("UnauthorizedOperation")
                || code.equals("UnauthorizedAccess") || s.statusCode() == 403;
    }

    static String errorCode(SdkServiceException s) {
        if (s instanceof AwsServiceException a && a.awsErrorDetails() != null && a.awsErrorDetails().errorCode() != null) {
            return a.awsErrorDetails().errorCode();
        }
        return "HTTP " + s.statusCode();
    }

    private static String awsMessage(SdkServiceException s) {
        if (s instanceof AwsServiceException a && a.awsErrorDetails() != null) return a.awsErrorDetails().errorMessage();
        return s.getMessage();
    }

    private static String missingAction(String message, String action) {
        if (message != null) {
            Matcher m = NOT_AUTHORIZED.matcher(message);
            if (m.find()) return m.group(1);
        }
        return action;
    }
}
