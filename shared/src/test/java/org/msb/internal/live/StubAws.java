package org.msb.internal.live;

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
 * WireMock stubs in AWS's wire formats, for what moto cannot produce (AccessDenied, throttling, paged
 * advanced queries), to register on an {@link org.msb.testkit.AwsStubServer}. Bodies are test resources under {@code live/}.
 */
public final class StubAws {
    private StubAws() {}

    /** A Config (JSON 1.1) operation: POST / with X-Amz-Target StarlingDoveService.OPERATION. */
    public static MappingBuilder config(String operation) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("StarlingDoveService." + operation));
    }

    /** A Query-protocol operation (IAM, EC2): POST / with Action=OPERATION in the form body. */
    public static MappingBuilder query(String operation) {
        return post(urlEqualTo("/")).withRequestBody(containing("Action=" + operation));
    }

    public static ResponseDefinitionBuilder json(int status, String resource) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/x-amz-json-1.1").withBody(resource(resource));
    }

    public static ResponseDefinitionBuilder xml(int status, String resource) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(resource(resource));
    }

    /** What moto sends for an operation it does not implement: HTTP 500 with a Flask HTML page. */
    public static ResponseDefinitionBuilder motoNotImplemented() {
        return aResponse().withStatus(500).withHeader("Content-Type", "text/html; charset=utf-8").withBody(resource("moto-not-implemented.html"));
    }

    public static String resource(String name) {
        try (InputStream in = StubAws.class.getResourceAsStream("/live/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource live/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
