package org.msb.internal.lambda;

import org.msb.internal.live.AwsClients;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SDK clients built once per Lambda container and reused by every invocation, keyed by region and role.
 * With a role, credentials come from STS AssumeRole (session {@value #SESSION_NAME}), made with the
 * function's own credentials and refreshed by the SDK before they expire.
 */
public final class ContainerClients implements AwsClientsFactory {
    public static final String SESSION_NAME = "msb-config-rule";

    private record Key(String region, String roleArn) {}

    private final AwsClients.Settings base;
    private final Map<Key, AwsClients> clients = new ConcurrentHashMap<>();

    public ContainerClients(AwsClients.Settings base) {
        this.base = base;
    }

    /** The function's region from {@code AWS_REGION}; an endpoint override from {@code AWS_ENDPOINT_URL} (local runs). */
    public static ContainerClients fromEnvironment(Map<String, String> env) {
        String region = env.get("AWS_REGION");
        if (region == null || region.isBlank()) region = env.get("AWS_DEFAULT_REGION");
        if (region == null || region.isBlank()) {
            throw new IllegalStateException("AWS_REGION is not set; Lambda sets it, local runs must (or pass --region)");
        }
        return new ContainerClients(AwsClients.Settings.of(region, endpoint(env.get("AWS_ENDPOINT_URL"))));
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
        AwsClients own = clients.computeIfAbsent(new Key(region(), null), k -> new AwsClients(base));
        if (roleArn == null) return own;
        return clients.computeIfAbsent(new Key(region(), roleArn), k -> assumed(own, roleArn));
    }

    private AwsClients assumed(AwsClients own, String roleArn) {
        StsAssumeRoleCredentialsProvider credentials = StsAssumeRoleCredentialsProvider.builder()
                .stsClient(own.sts())
                .refreshRequest(r -> r.roleArn(roleArn).roleSessionName(SESSION_NAME))
                .build();
        return new AwsClients(base.withCredentials(credentials));
    }
}
