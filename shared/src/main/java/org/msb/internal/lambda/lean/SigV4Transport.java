package org.msb.internal.lambda.lean;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

/**
 * Signs a request with the SDK's SigV4 signer and sends it with {@link LeanHttp}. Credentials are resolved per
 * request from the provider (which caches and refreshes them itself), never kept here, so nothing that
 * expires is held across a SnapStart snapshot. An I/O failure becomes an {@link SdkClientException} with the
 * {@link IOException} as cause, an error status an {@code AwsServiceException} ({@link AwsErrors}).
 */
public final class SigV4Transport {
    private final AwsCredentialsProvider credentials;
    private final LeanHttp http;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    public SigV4Transport(AwsCredentialsProvider credentials, LeanHttp http) {
        this.credentials = credentials;
        this.http = http;
    }

    /** One signed request. */
    public record Request(String service, String signingName, String region, SdkHttpMethod method, URI uri,
                          Map<String, String> headers, byte[] body, boolean s3) {}

    /** Sends and returns a 2xx answer; any other status is thrown as AWS's error. */
    public HttpReply call(Request r) {
        HttpReply reply = exchange(r);
        if (!reply.ok()) throw AwsErrors.of(r.service(), reply);
        return reply;
    }

    /** Sends and returns whatever status came back. */
    public HttpReply exchange(Request r) {
        SdkHttpRequest signed = sign(r, credentials.resolveCredentials());
        try {
            return http.send(r.method().name(), signed.getUri(), signed.headers(), r.body());
        } catch (IOException e) {
            throw SdkClientException.builder().message("Unable to execute HTTP request: " + e.getMessage()).cause(e).build();
        }
    }

    /** Signs with this transport's credentials without sending (SnapStart priming uses throw-away ones). */
    public SdkHttpRequest signOnly(Request r) { return sign(r, credentials.resolveCredentials()); }

    SdkHttpRequest sign(Request r, AwsCredentials creds) {
        SdkHttpRequest.Builder request = SdkHttpRequest.builder().method(r.method()).uri(r.uri());
        r.headers().forEach(request::putHeader);
        byte[] body = r.body() == null ? new byte[0] : r.body();
        SignedRequest signed = signer.sign(s -> s.identity(creds)
                .request(request.build())
                .payload(ContentStreamProvider.fromByteArrayUnsafe(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, r.signingName())
                .putProperty(AwsV4HttpSigner.REGION_NAME, r.region())
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, !r.s3())
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, !r.s3()));
        return signed.request();
    }
}
