package org.msb.cli.deploy;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Naming an AWS failure in one short phrase: its error code and message. */
final class Aws {
    private Aws() {}

    static String errorCode(AwsServiceException e) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return code == null ? "HTTP " + e.statusCode() : code;
    }

    static String describe(AwsServiceException e) {
        String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
        return errorCode(e) + (message == null || message.isBlank() ? "" : " - " + message);
    }
}
