package org.msb.internal.live;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs one read against AWS and turns any SDK failure into an {@link AwsReadException} that names the
 * service, the operation, the error code and the IAM action. A paginated read must iterate inside the
 * supplier, so a failure on page five is translated too. Expected absence (NoSuchEntity, no policy) is
 * the caller's to catch inside the supplier and turn into a value.
 */
public final class AwsCall {
    private static final Set<String> ACCESS_DENIED = Set.of(
            "AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess",
            "AuthorizationError", "AuthorizationErrorException", "NotAuthorized", "Forbidden", "AllAccessDisabled");

    private AwsCall() {}

    /**
     * @param service the service as people name it, e.g. "IAM", "EC2", "Config"
     * @param operation the API operation, e.g. "GetAccountPasswordPolicy"
     * @param iamAction the IAM action it needs, e.g. "iam:GetAccountPasswordPolicy"
     */
    public static <T> T read(String service, String operation, String iamAction, Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsReadException e) {
            throw e;
        } catch (SdkServiceException e) {
            throw translate(service, operation, iamAction, e);
        } catch (SdkClientException e) {
            throw new AwsReadException(AwsReadException.Kind.CLIENT_ERROR, service, operation, null, iamAction,
                    service + " " + operation + " got no answer: " + e.getMessage(), e);
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
            } catch (AwsServiceException e) {
                String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
                if (code != null && absentCodes.contains(code)) return null;
                throw e;
            }
        });
    }

    /** The failure of one call, classified and explained. */
    public static AwsReadException translate(String service, String operation, String iamAction, SdkServiceException e) {
        String code = null;
        String detail = e.getMessage();
        if (e instanceof AwsServiceException a && a.awsErrorDetails() != null) {
            AwsErrorDetails d = a.awsErrorDetails();
            code = blankToNull(d.errorCode());
            if (d.errorMessage() != null) detail = d.errorMessage();
        }
        int status = e.statusCode();
        String what = service + " " + operation + " failed";
        if ((code != null && ACCESS_DENIED.contains(code)) || (code == null && status == 403)) {
            return new AwsReadException(AwsReadException.Kind.ACCESS_DENIED, service, operation, code == null ? "AccessDenied" : code,
                    iamAction, what + ": " + (code == null ? "HTTP 403" : code) + " - the caller likely lacks IAM permission "
                    + iamAction + " (" + detail + ")", e);
        }
        if (e.isThrottlingException()) {
            return new AwsReadException(AwsReadException.Kind.THROTTLED, service, operation, code, iamAction,
                    what + ": throttled (" + code + ") after the SDK's retries; try again later (" + detail + ")", e);
        }
        if (code == null && (status >= 500 || status == 404)) {
            // moto answers an operation it does not implement with an HTML page and no AWS error code
            return new AwsReadException(AwsReadException.Kind.NOT_SERVED, service, operation, null, iamAction,
                    what + ": the endpoint answered HTTP " + status + " without an AWS error code; an emulator such as moto"
                    + " answers operations it does not implement this way (see its log). This is an error, not an empty result", e);
        }
        return new AwsReadException(AwsReadException.Kind.SERVICE_ERROR, service, operation, code, iamAction,
                what + ": " + (code == null ? "HTTP " + status : code + " (HTTP " + status + ")") + ": " + detail, e);
    }

    private static String blankToNull(String s) { return s == null || s.isBlank() ? null : s; }
}
