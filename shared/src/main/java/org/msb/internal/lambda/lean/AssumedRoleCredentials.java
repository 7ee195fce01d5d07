package org.msb.internal.lambda.lean;

import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Credentials of a role, from STS AssumeRole (query protocol, XML reply read with the JDK), made with the
 * function's own credentials. Fetched on first use and again once they are within {@link #REFRESH_BEFORE} of
 * expiring, so a burst of invocations assumes the role once; {@link #forget()} drops them (SnapStart restore).
 */
public final class AssumedRoleCredentials implements AwsCredentialsProvider {
    static final Duration REFRESH_BEFORE = Duration.ofMinutes(5);

    private final SigV4Transport own;
    private final URI endpoint;
    private final String region;
    private final String roleArn;
    private final String sessionName;
    private final Clock clock;
    private AwsSessionCredentials current;

    public AssumedRoleCredentials(SigV4Transport own, URI endpoint, String region, String roleArn, String sessionName, Clock clock) {
        this.own = own;
        this.endpoint = endpoint;
        this.region = region;
        this.roleArn = roleArn;
        this.sessionName = sessionName;
        this.clock = clock;
    }

    @Override
    public synchronized AwsCredentials resolveCredentials() {
        Instant now = clock.instant();
        if (current == null || current.expirationTime().map(e -> !now.isBefore(e.minus(REFRESH_BEFORE))).orElse(true)) {
            current = assume();
        }
        return current;
    }

    public synchronized void forget() { current = null; }

    private AwsSessionCredentials assume() {
        String form = "Action=AssumeRole&Version=2011-06-15&RoleArn=" + SdkHttpUtils.urlEncode(roleArn)
                + "&RoleSessionName=" + SdkHttpUtils.urlEncode(sessionName);
        HttpReply reply = own.call(new SigV4Transport.Request("STS", "sts", region, SdkHttpMethod.POST, endpoint,
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),
                form.getBytes(StandardCharsets.UTF_8), false));
        Document doc = Xml.parse(reply.body());
        String key = text(doc, "AccessKeyId"), secret = text(doc, "SecretAccessKey"), token = text(doc, "SessionToken");
        String expiration = text(doc, "Expiration");
        if (key == null || secret == null || token == null || expiration == null) {
            throw SdkClientException.create("STS AssumeRole of " + roleArn + " answered without complete Credentials");
        }
        return AwsSessionCredentials.builder().accessKeyId(key).secretAccessKey(secret).sessionToken(token)
                .expirationTime(Instant.parse(expiration)).build();
    }

    private static String text(Document doc, String tag) {
        if (doc == null) return null;
        NodeList n = doc.getElementsByTagNameNS("*", tag);
        return n.getLength() == 0 ? null : n.item(0).getTextContent().strip();
    }
}
