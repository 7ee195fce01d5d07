package org.msb.internal.lambda;

import org.msb.internal.lambda.lean.AssumedRoleCredentials;
import org.msb.internal.lambda.lean.Endpoints;
import org.msb.internal.lambda.lean.LambdaCredentials;
import org.msb.internal.lambda.lean.LeanAws;
import org.msb.internal.lambda.lean.LeanHttp;
import org.msb.internal.live.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWS access built once per Lambda container and reused by every invocation, keyed by role: the lean
 * transport for the framework's own calls, and SDK clients (each built on first use) for rules and facts.
 * With a role, credentials come from STS AssumeRole (session {@value #SESSION_NAME}), made with the
 * function's own credentials, shared by both and fetched again before they expire. {@link #forgetRoles()}
 * drops every assumed role's credentials (after a SnapStart restore).
 */
public final class ContainerClients implements AwsClientsFactory {
    public static final String SESSION_NAME = "msb-config-rule";

    private final AwsClients.Settings base;
    private final Endpoints endpoints;
    private final LeanHttp http;
    private final Map<String, AwsClients> clients = new ConcurrentHashMap<>();
    private final Map<String, LeanAws> lean = new ConcurrentHashMap<>();
    private final Map<String, AssumedRoleCredentials> roles = new ConcurrentHashMap<>();
    private static final String OWN = "";

    public ContainerClients(AwsClients.Settings base) {
        this(base, Endpoints.of(base.endpoint()));
    }

    public ContainerClients(AwsClients.Settings base, Endpoints endpoints) {
        this(base, endpoints, LeanHttp.standard());
    }

    /** With other HTTP timeouts (the fault-injection suite times out in milliseconds, not seconds). */
    public ContainerClients(AwsClients.Settings base, Endpoints endpoints, LeanHttp http) {
        this.base = base;
        this.endpoints = endpoints;
        this.http = http;
    }

    /**
     * The function's region from {@code AWS_REGION}; an endpoint override from {@code AWS_ENDPOINT_URL} (local
     * runs) or {@code AWS_ENDPOINT_URL_<SERVICE>}; credentials from where Lambda puts them ({@link LambdaCredentials}).
     */
    public static ContainerClients fromEnvironment(Map<String, String> env) {
        String region = env.get("AWS_REGION");
        if (region == null || region.isBlank()) region = env.get("AWS_DEFAULT_REGION");
        if (region == null || region.isBlank()) {
            throw new IllegalStateException("AWS_REGION is not set; Lambda sets it, local runs must (or pass --region)");
        }
        URI endpoint = endpoint(env.get("AWS_ENDPOINT_URL"));
        AwsClients.Settings settings = new AwsClients.Settings(Region.of(region), endpoint, LambdaCredentials.fromEnvironment(), 5);
        return new ContainerClients(settings, new Endpoints(endpoint, env));
    }

    static URI endpoint(String url) {
        if (url == null || url.isBlank()) return null;
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) throw new URISyntaxException(url, "needs a scheme and a host");
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("endpoint URL \"" + url + "\" is not a URL such as http://127.0.0.1:5000", e);
        }
    }

    @Override public String region() { return base.region().id(); }

    @Override
    public AwsClients clients(String roleArn) {
        if (roleArn == null) return clients.computeIfAbsent(OWN, k -> new AwsClients(base));
        AwsCredentialsProvider assumed = role(roleArn);
        return clients.computeIfAbsent(roleArn, k -> new AwsClients(base.withCredentials(assumed)));
    }

    @Override
    public LeanAws lean(String roleArn) {
        if (roleArn == null) return lean.computeIfAbsent(OWN, k -> new LeanAws(region(), endpoints, base.credentials(), http));
        AwsCredentialsProvider assumed = role(roleArn);  // outside computeIfAbsent: it reads this map too
        return lean.computeIfAbsent(roleArn, k -> new LeanAws(region(), endpoints, assumed, http));
    }

    private AwsCredentialsProvider role(String roleArn) {
        return roles.computeIfAbsent(roleArn, r -> lean(null).assume(r, SESSION_NAME));
    }

    /** Drops the assumed roles' credentials, so none obtained before a snapshot is used after it. */
    public void forgetRoles() {
        roles.values().forEach(AssumedRoleCredentials::forget);
    }
}
