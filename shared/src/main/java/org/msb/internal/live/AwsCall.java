package org.msb.internal.live;

import org.msb.internal.live.AwsReadException.Kind;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where an AWS SDK failure becomes an {@link AwsReadException}, for the live reads, the fact
 * loaders and the Lambda handler alike: classified ({@link Kind}) and explained in a message that names the
 * service, the operation, AWS's error code, the HTTP status, the request id when AWS sent one and, for a
 * denial, the IAM action that is missing (the one AWS names when it does, else the call's). A failed call
 * is an error, never evidence about a resource.
 *
 * <p>A paginated read must iterate inside the supplier, so a failure on page five is translated too.
 */
public final class AwsCall {
    private static final Set<String> ACCESS_DENIED = Set.of(
            "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess",
            "AuthorizationError", "AuthorizationErrorException", "NotAuthorized", "Forbidden", "AllAccessDisabled");
    /** How AWS names the missing permission: "... is not authorized to perform: iam:GetAccountPasswordPolicy on resource: *". */
    private static final Pattern NOT_AUTHORIZED = Pattern.compile("not authorized to perform:? ([a-zA-Z0-9-]+:[A-Za-z0-9*]+)");

    private AwsCall() {}

    /**
     * Runs one call.
     *
     * @param service the service as people name it, e.g. "IAM", "EC2", "Config"
     * @param operation the API operation, e.g. "GetAccountPasswordPolicy"
     * @param iamAction the IAM action it needs, e.g. "iam:GetAccountPasswordPolicy"
     */
    public static <T> T read(String service, String operation, String iamAction, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw translate(service, operation, iamAction, e);
        }
    }

    /**
     * Like {@link #read}, but an AWS answer with one of {@code absentCodes} (NoSuchBucketPolicy,
     * NoSuchEntity...) is the expected "there is none" and gives null.
     */
    public static <T> T readOptional(String service, String operation, String iamAction, Set<String> absentCodes, Supplier<T> call) {
        return read(service, operation, iamAction, () -> {
            try {
                return call.get();
            } catch (SdkServiceException e) {
                String code = errorCode(e);
                if (code != null && absentCodes.contains(code)) return null;
                throw e;
            }
        });
    }

    /**
     * An SDK failure whose call is not known (one escaping rule or fact code): the service is taken from
     * AWS's error details, the missing permission from AWS's message.
     */
    public static AwsReadException translate(SdkException e) {
        return translate(null, null, null, e);
    }

    /**
     * The failure of one call, classified and explained.
     *
     * @param service as people name it; null = the name in AWS's error details, else "AWS"
     * @param operation null when not known
     * @param iamAction the action(s) the call needs; null when not known
     */
    public static AwsReadException translate(String service, String operation, String iamAction, SdkException e) {
        if (service == null) service = serviceName(e);
        String what = service + " " + (operation == null ? "call" : operation);
        if (!(e instanceof SdkServiceException s)) {
            String how = e instanceof SdkClientException ? " got no answer from AWS: " : " failed: ";
            return new AwsReadException(Kind.CLIENT_ERROR, service, operation, null, iamAction, what + how + e.getMessage(), e);
        }
        String code = errorCode(s);
        int status = s.statusCode();
        String requestId = s.requestId() == null ? "" : " [request id " + s.requestId() + "]";
        if (isAccessDenied(code, status)) {
            String missing = missingAction(awsMessage(s), iamAction);
            String hint = missing == null ? "The caller lacks a permission for this call; AWS did not say which."
                    : "The caller probably lacks " + missing + ".";
            return new AwsReadException(Kind.ACCESS_DENIED, service, operation, code == null ? "AccessDenied" : code,
                    missing, what + " failed: " + answer(code, s) + ". " + hint + requestId, e);
        }
        if (s.isThrottlingException()) {
            return new AwsReadException(Kind.THROTTLED, service, operation, code, iamAction,
                    what + " failed: " + answer(code, s) + ". AWS kept throttling it past the retries; try again later." + requestId, e);
        }
        if (code == null && (status >= 500 || status == 404)) {
            // moto answers an operation it does not implement with an HTML page and no AWS error code
            return new AwsReadException(Kind.NOT_SERVED, service, operation, null, iamAction,
                    what + " failed: the endpoint answered HTTP " + status + " without an AWS error code; an emulator such as moto"
                    + " answers operations it does not implement this way (see its log). This is an error, not an empty result."
                    + requestId, e);
        }
        return new AwsReadException(Kind.SERVICE_ERROR, service, operation, code, iamAction,
                what + " failed: " + answer(code, s) + "." + requestId, e);
    }

    /** AWS's error code (AccessDenied, NoSuchEntity...), or null when the endpoint sent none. */
    public static String errorCode(SdkServiceException e) {
        if (e instanceof AwsServiceException a && a.awsErrorDetails() != null) return blankToNull(a.awsErrorDetails().errorCode());
        return null;
    }

    /** A denial: one of AWS's denial codes, or an HTTP 403 without a code (a 403 with another code is that error). */
    private static boolean isAccessDenied(String code, int status) {
        if (code == null) return status == 403;
        return ACCESS_DENIED.contains(code) || code.startsWith("AccessDenied");
    }

    /** "AccessDenied (HTTP 403): User ... is not authorized ..." */
    private static String answer(String code, SdkServiceException e) {
        String message = awsMessage(e);
        String head = code == null ? "HTTP " + e.statusCode() : code + " (HTTP " + e.statusCode() + ")";
        return message == null || message.isBlank() ? head : head + ": " + stripFinalStop(message);
    }

    private static String awsMessage(SdkServiceException e) {
        if (e instanceof AwsServiceException a && a.awsErrorDetails() != null) {
            AwsErrorDetails d = a.awsErrorDetails();
            if (d.errorMessage() != null) return d.errorMessage();
            return null;  // getMessage() would repeat the service, status and request id
        }
        return e.getMessage();
    }

    /** The action AWS says is missing, else the call's own. */
    private static String missingAction(String message, String iamAction) {
        if (message != null) {
            Matcher m = NOT_AUTHORIZED.matcher(message);
            if (m.find()) return m.group(1);
        }
        return iamAction;
    }

    private static String serviceName(SdkException e) {
        if (e instanceof AwsServiceException a && a.awsErrorDetails() != null && blankToNull(a.awsErrorDetails().serviceName()) != null) {
            return a.awsErrorDetails().serviceName();
        }
        return "AWS";
    }

    private static String stripFinalStop(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
