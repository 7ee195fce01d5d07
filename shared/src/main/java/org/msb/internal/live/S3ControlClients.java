package org.msb.internal.live;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.s3control.S3ControlClient;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The S3 Control client (account-level Block Public Access). Its endpoint rules put the account id in the
 * host name ({@code 123456789012.s3-control...}); against an endpoint override that host does not exist,
 * and an IP literal with a prefix is not even a host name. So with an override the client is pointed at
 * {@code localhost} on the same port and an interceptor sends every request back to the override's host
 * (LOCAL-EMULATOR.md 4.3). Kept apart from {@link AwsClients} so jars without the s3control module load.
 */
public final class S3ControlClients {
    private S3ControlClients() {}

    public static S3ControlClient of(AwsClients clients) {
        URI endpoint = clients.endpoint();
        return clients.client(S3ControlClient.class, S3ControlClient::builder, clients.settings().region(), b -> {
            if (endpoint == null) return;
            b.endpointOverride(withHost(endpoint, "localhost"));
            b.overrideConfiguration(b.overrideConfiguration().toBuilder()
                    .addExecutionInterceptor(new HostRewrite(endpoint.getHost())).build());
        });
    }

    static URI withHost(URI uri, String host) {
        try {
            return new URI(uri.getScheme(), uri.getUserInfo(), host, uri.getPort(), uri.getPath(), uri.getQuery(), uri.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("endpoint " + uri + " cannot be rewritten for S3 Control: " + e.getMessage(), e);
        }
    }

    /** Sends the request to the endpoint override's own host, dropping the account-id prefix. */
    private record HostRewrite(String host) implements ExecutionInterceptor {
        @Override
        public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            return context.httpRequest().toBuilder().host(host).build();
        }
    }
}
