package org.msb.internal.lambda.lean;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * An AWS error reply as the SDK's {@link AwsServiceException}, with the error code and message read the way
 * the SDK reads them: JSON protocols ({@code __type}, else the {@code x-amzn-ErrorType} header; {@code message}
 * or {@code Message}), query and REST-XML protocols ({@code <Code>}, {@code <Message>}). So throttling
 * ({@code isThrottlingException}), 5xx and denials are classified by the same code as the SDK's own failures.
 */
final class AwsErrors {
    private AwsErrors() {}

    static AwsServiceException of(String service, HttpReply reply) {
        String code = null, message = null;
        String requestId = firstNonNull(reply.header("x-amzn-requestid"), reply.header("x-amz-request-id"));
        String body = reply.text();
        String trimmed = body.strip();
        if (trimmed.startsWith("{")) {
            try {
                JsonElement root = JsonParser.parseString(trimmed);
                if (root.isJsonObject()) {
                    JsonObject o = root.getAsJsonObject();
                    code = string(o, "__type");
                    message = firstNonNull(string(o, "message"), string(o, "Message"));
                }
            } catch (JsonParseException ignored) {
                // not JSON after all: the status alone classifies it
            }
        } else if (trimmed.startsWith("<")) {
            code = Xml.firstText(reply.body(), "Code");
            message = Xml.firstText(reply.body(), "Message");
            if (requestId == null) requestId = Xml.firstText(reply.body(), "RequestId");
        }
        if (code == null) code = reply.header("x-amzn-errortype");
        code = shortCode(code);
        return (AwsServiceException) AwsServiceException.builder()
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).serviceName(service).build())
                .statusCode(reply.status())
                .requestId(requestId)
                .message(message)
                .build();
    }

    /** "com.amazonaws.config#ThrottlingException" and "ThrottlingException:http://..." are both "ThrottlingException". */
    static String shortCode(String code) {
        if (code == null || code.isBlank()) return null;
        String c = code.strip();
        int hash = c.lastIndexOf('#');
        if (hash >= 0) c = c.substring(hash + 1);
        int colon = c.indexOf(':');
        if (colon >= 0) c = c.substring(0, colon);
        return c.isEmpty() ? null : c;
    }

    private static String string(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }

    private static String firstNonNull(String a, String b) { return a != null ? a : b; }
}
