package org.msb.internal.lambda.lean;

import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

import java.net.URI;
import java.util.Map;

/**
 * S3 GetObject of a small object (the exception register). Path-style against an endpoint override, virtual
 * hosted otherwise; when S3 answers that the bucket lives in another region (301/307/400 with
 * {@code x-amz-bucket-region}), the request is signed again for that region and sent there once, as the SDK's
 * cross-region access does: one central register bucket serves rules in every region.
 */
public final class S3Objects {
    /** SHA-256 of an empty payload: S3 requires the payload hash as a header. */
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private final SigV4Transport transport;
    private final Endpoints endpoints;
    private final String region;

    public S3Objects(SigV4Transport transport, Endpoints endpoints, String region) {
        this.transport = transport;
        this.endpoints = endpoints;
        this.region = region;
    }

    /** The object's bytes, as stored (the caller decodes them, strictly). */
    public byte[] getBytes(String bucket, String key) {
        HttpReply reply = transport.exchange(request(bucket, key, region));
        String other = reply.header("x-amz-bucket-region");
        if (!reply.ok() && other != null && !other.equals(region) && (reply.status() == 301 || reply.status() == 307 || reply.status() == 400)) {
            reply = transport.exchange(request(bucket, key, other));
        }
        if (!reply.ok()) throw AwsErrors.of("S3", reply);
        return reply.body();
    }

    SigV4Transport.Request request(String bucket, String key, String inRegion) {
        URI base = endpoints.of("S3", "s3", inRegion);
        String path = "/" + SdkHttpUtils.urlEncodeIgnoreSlashes(key);
        boolean pathStyle = endpoints.overridden("S3") || bucket.contains(".");
        URI uri = pathStyle
                ? URI.create(base.toString().replaceAll("/+$", "") + "/" + SdkHttpUtils.urlEncode(bucket) + path)
                : URI.create(base.getScheme() + "://" + bucket + "." + base.getRawAuthority() + path);
        return new SigV4Transport.Request("S3", "s3", inRegion, SdkHttpMethod.GET, uri,
                Map.of("x-amz-content-sha256", EMPTY_SHA256), null, true);
    }
}
