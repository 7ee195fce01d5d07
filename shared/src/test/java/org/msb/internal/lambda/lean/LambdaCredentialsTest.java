package org.msb.internal.lambda.lean;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** SnapStart's credential source: the container credentials endpoint, asked at resolution time, not at construction. */
class LambdaCredentialsTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @AfterEach
    void clear() {
        System.clearProperty("aws.containerCredentialsFullUri");
        System.clearProperty("aws.containerAuthorizationToken");
    }

    @Test
    void resolve_whenTheContainerEndpointIsSet_fetchesFromIt_onlyWhenAsked() {
        String uri = wm.baseUrl() + "/2023-06-01/credentials";
        // the SDK reads its settings from these system properties before the environment variables
        System.setProperty("aws.containerCredentialsFullUri", uri);
        System.setProperty("aws.containerAuthorizationToken", "snapstart-token");
        wm.stubFor(get(urlEqualTo("/2023-06-01/credentials")).withHeader("Authorization", equalTo("snapstart-token"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"AccessKeyId":"ASIAQ3EGUWNMCONTAINER","SecretAccessKey":"container-secret","Token":"container-session",
                         "Expiration":"2099-01-01T00:00:00Z"}""")));
        LambdaCredentials credentials = new LambdaCredentials(() -> Map.of("AWS_CONTAINER_CREDENTIALS_FULL_URI", uri));
        assertEquals(0, wm.findAll(getRequestedFor(urlEqualTo("/2023-06-01/credentials"))).size(), "nothing fetched at construction");

        AwsCredentials c = credentials.resolveCredentials();

        assertEquals("ASIAQ3EGUWNMCONTAINER", c.accessKeyId());
        assertEquals("container-session", assertInstanceOf(AwsSessionCredentials.class, c).sessionToken());
        assertEquals(1, wm.findAll(getRequestedFor(urlEqualTo("/2023-06-01/credentials"))).size());
    }
}
