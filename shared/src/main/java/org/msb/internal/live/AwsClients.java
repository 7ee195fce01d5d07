package org.msb.internal.live;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.config.ConfigClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sts.StsClient;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * SDK v2 clients for one account and region, each built once and reused (per Lambda container, per scan).
 * Every client uses the url-connection HTTP client, the standard retry strategy (throttling retried with
 * jittered backoff) and, when set, one endpoint override for emulators ({@code --endpoint-url}).
 *
 * <p>Clients of the optional SDK modules (IAM, EC2, S3 Control) are not named here, so a rule jar without
 * those modules still loads this class: loaders ask for them with {@link #regional} or {@link #global}
 * (IAM: {@code clients.global(IamClient.class, IamClient::builder)}), and S3 Control, which needs its
 * own host handling against an emulator, through {@link S3ControlClients}.
 */
public final class AwsClients implements AutoCloseable {

    /**
     * @param endpoint null for real AWS
     * @param maxAttempts SDK attempts per call (1 = no retries, for emulator tests)
     */
    public record Settings(Region region, URI endpoint, AwsCredentialsProvider credentials, int maxAttempts) {
        public Settings {
            Objects.requireNonNull(region, "region");
            credentials = credentials == null ? DefaultCredentialsProvider.builder().build() : credentials;
        }

        public static Settings of(String region, URI endpoint) {
            return new Settings(Region.of(region), endpoint, null, 5);
        }

        public Settings withCredentials(AwsCredentialsProvider c) { return new Settings(region, endpoint, c, maxAttempts); }

        public Settings withMaxAttempts(int n) { return new Settings(region, endpoint, credentials, n); }

        public Settings withEndpoint(URI e) { return new Settings(region, e, credentials, maxAttempts); }

        public Settings withRegion(String r) { return new Settings(Region.of(r), endpoint, credentials, maxAttempts); }
    }

    /**
     * A hung endpoint must not hang a scan, a capture or a Lambda invocation: each attempt is abandoned after
     * 30 s (then retried like an I/O error), each call, retries included, after 2 minutes. The system properties
     * override them (ISO-8601 durations, e.g. PT2S), for fault-injection tests and slow emulators.
     */
    static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);
    static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
    public static final String ATTEMPT_TIMEOUT_PROPERTY = "msb.aws.apiCallAttemptTimeout";
    public static final String CALL_TIMEOUT_PROPERTY = "msb.aws.apiCallTimeout";

    private static Duration timeout(String property, Duration fallback) {
        String value = System.getProperty(property);
        return value == null || value.isBlank() ? fallback : Duration.parse(value);
    }

    private final Settings settings;
    private SdkHttpClient http;  // built with the first client: a Lambda evaluating a change may never need one
    private final Map<Class<?>, SdkClient> clients = new ConcurrentHashMap<>();

    public AwsClients(Settings settings) {
        this.settings = settings;
    }

    private synchronized SdkHttpClient http() {
        if (http == null) {
            http = UrlConnectionHttpClient.builder()
                    .connectionTimeout(Duration.ofSeconds(5))
                    .socketTimeout(Duration.ofSeconds(30))
                    .build();
        }
        return http;
    }

    public Settings settings() { return settings; }

    public String region() { return settings.region().id(); }

    public URI endpoint() { return settings.endpoint(); }

    /** Config; against an emulator its Python-style timestamps are made readable ({@link EmulatorTimestamps}). */
    public ConfigClient config() {
        return client(ConfigClient.class, ConfigClient::builder, settings.region(), b -> {
            if (settings.endpoint() != null) {
                b.overrideConfiguration(b.overrideConfiguration().toBuilder().addExecutionInterceptor(new EmulatorTimestamps()).build());
            }
        });
    }

    public StsClient sts() { return regional(StsClient.class, StsClient::builder); }

    /**
     * S3, following S3's redirect to a bucket's own region (one central exception-register bucket serves
     * rules in every region); path-style addressing when an endpoint override is set (bucket.localhost
     * would not resolve).
     */
    public S3Client s3() {
        return client(S3Client.class, S3Client::builder, settings.region(),
                b -> b.crossRegionAccessEnabled(true).forcePathStyle(settings.endpoint() != null));
    }

    /** True when calls go to an endpoint override (an emulator such as moto) rather than to AWS. */
    public boolean isEmulated() { return settings.endpoint() != null; }

    /** A client of a regional service, built on first use. */
    public <C extends SdkClient, B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>> C regional(
            Class<C> type, Supplier<B> builder) {
        return client(type, builder, settings.region(), b -> {});
    }

    /** A client of a global service (IAM, Organizations) signed for {@code aws-global}. */
    public <C extends SdkClient, B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>> C global(
            Class<C> type, Supplier<B> builder) {
        return client(type, builder, Region.AWS_GLOBAL, b -> {});
    }

    /** A client with service-specific settings (S3 path style, S3 Control host handling). */
    public <C extends SdkClient, B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>> C client(
            Class<C> type, Supplier<B> builder, Region region, Consumer<B> customizer) {
        return type.cast(clients.computeIfAbsent(type, t -> {
            B b = builder.get();
            b.region(region).credentialsProvider(settings.credentials()).httpClient(http());
            if (settings.endpoint() != null) b.endpointOverride(settings.endpoint());
            RetryStrategy retry = settings.maxAttempts() <= 1
                    ? AwsRetryStrategy.doNotRetry()
                    : AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(settings.maxAttempts()).build();
            b.overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(retry)
                    .apiCallAttemptTimeout(timeout(ATTEMPT_TIMEOUT_PROPERTY, DEFAULT_ATTEMPT_TIMEOUT))
                    .apiCallTimeout(timeout(CALL_TIMEOUT_PROPERTY, DEFAULT_CALL_TIMEOUT)).build());
            customizer.accept(b);
            return b.build();
        }));
    }

    @Override
    public void close() {
        clients.values().forEach(SdkClient::close);
        synchronized (this) {
            if (http != null) http.close();
        }
    }
}
