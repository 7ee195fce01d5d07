package org.msb.fact.loader;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

/**
 * WireMock stubs in AWS's wire formats for the services moto lacks (Access Analyzer, Security Hub standards,
 * Trusted Advisor, GuardDuty exports). Bodies are test resources under {@code loaders/}, written as the
 * services answer (member names and timestamp formats of each service's model).
 */
final class LoaderStubs {
    private LoaderStubs() {}

    /** A JSON 1.1 operation (CloudTrail, Support, Config): POST / with X-Amz-Target PREFIX.OPERATION. */
    static MappingBuilder target(String prefixDotOperation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(prefixDotOperation));
    }

    /** Only requests signed for {@code region} (SigV4 credential scope), to prove where a call was sent. */
    static MappingBuilder signedFor(MappingBuilder m, String region, String signingName) {
        return m.withHeader("Authorization", containing("/" + region + "/" + signingName + "/aws4_request"));
    }

    static ResponseDefinitionBuilder json11(int status, String resource) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(resource(resource));
    }

    /** A REST-JSON answer; errors carry their code in x-amzn-ErrorType as these services send it. */
    static ResponseDefinitionBuilder restJson(int status, String resource) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(resource(resource));
    }

    static ResponseDefinitionBuilder restJsonError(int status, String errorType, String resource) {
        return restJson(status, resource).withHeader("x-amzn-ErrorType", errorType);
    }

    static String resource(String name) {
        try (InputStream in = LoaderStubs.class.getResourceAsStream("/loaders/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource loaders/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
