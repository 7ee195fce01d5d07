package org.msb.cli.report.live;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import org.msb.cli.scan.RuleCatalog;
import org.msb.testkit.TestAwsClients;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.config.ConfigClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * AWS Config's JSON 1.1 wire protocol on WireMock: every operation is {@code POST /} with
 * {@code X-Amz-Target: StarlingDoveService.<Operation>} and {@code Content-Type: application/x-amz-json-1.1};
 * errors are HTTP 400 with {@code {"__type": CODE, "message": ...}} (botocore config service-2.json metadata:
 * protocol "json", jsonVersion "1.1", targetPrefix "StarlingDoveService").
 */
final class ConfigWire {
    static final String JSON_11 = "application/x-amz-json-1.1";

    private ConfigWire() {}

    static MappingBuilder operation(String name) {
        return post(urlEqualTo("/"))
                .withHeader("X-Amz-Target", equalTo("StarlingDoveService." + name))
                .withHeader("Content-Type", containing(JSON_11));
    }

    static RequestPatternBuilder requested(String name) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("StarlingDoveService." + name));
    }

    static ResponseDefinitionBuilder ok(String resource) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_11)
                .withHeader("x-amzn-RequestId", "6f4a2c0e-1d2b-4c3a-9e8f-0a1b2c3d4e5f").withBody(resource(resource));
    }

    /** A body built by the test (in the same response shape as the resources). */
    static ResponseDefinitionBuilder okBody(String json) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_11)
                .withHeader("x-amzn-RequestId", "6f4a2c0e-1d2b-4c3a-9e8f-0a1b2c3d4e5f").withBody(json);
    }

    static ResponseDefinitionBuilder error(String resource) {
        return aResponse().withStatus(400).withHeader("Content-Type", JSON_11)
                .withHeader("x-amzn-RequestId", "0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b").withBody(resource(resource));
    }

    static String resource(String name) {
        try (InputStream in = ConfigWire.class.getResourceAsStream("/report-live/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource report-live/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A client as msb builds one (url-connection HTTP, the SDK's standard retry strategy, 3 attempts), with
     * backoff removed so a throttled call is retried at once: the strategy still decides what is retryable.
     */
    static ConfigClient client(URI endpoint, String region) {
        return ConfigClient.builder()
                .region(Region.of(region))
                .endpointOverride(endpoint)
                .credentialsProvider(StaticCredentialsProvider.create(TestAwsClients.CREDENTIALS))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(3)
                                .backoffStrategy(BackoffStrategy.retryImmediately())
                                .throttlingBackoffStrategy(BackoffStrategy.retryImmediately()).build())
                        .build())
                .build();
    }

    /** The live compliance source over {@code client}, this project's rules and pack prefix, its clock stopped at {@code now}. */
    static LiveComplianceSource source(ConfigClient client, Instant now) {
        return new LiveComplianceSource(client, RuleCatalog.load(), LiveComplianceSource.DEFAULT_PACK_PREFIX, Clock.fixed(now, ZoneOffset.UTC));
    }
}
