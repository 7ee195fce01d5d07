package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.AccessAnalyzer;
import org.msb.internal.live.AwsReadException;
import org.msb.testkit.AwsStubServer;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.*;

/** accessanalyzer.analyzers over ListAnalyzers as the service answers it (moto has no Access Analyzer). */
class AccessAnalyzersLoaderStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer("eu-west-1");

    @Test
    void load_followsEveryPageAndKeepsTypeStatusAndReason() {
        AWS.stubFor(get(urlPathEqualTo("/analyzer")).withQueryParam("nextToken", absent())
                .willReturn(LoaderStubs.restJson(200, "accessanalyzer-list-page1.json")));
        AWS.stubFor(get(urlPathEqualTo("/analyzer")).withQueryParam("nextToken", equalTo("eyJhbmFseXplck5hbWUiOiJDb25zb2xlQW5hbHl6ZXItM2YxYzJiN2UifQ=="))
                .willReturn(LoaderStubs.restJson(200, "accessanalyzer-list-page2.json")));

        List<AccessAnalyzer> analyzers = new AccessAnalyzersLoader().load(AWS.clients()).analyzers();

        assertEquals(List.of(
                new AccessAnalyzer("ConsoleAnalyzer-3f1c2b7e", "arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/ConsoleAnalyzer-3f1c2b7e",
                        "ACCOUNT", "ACTIVE", null),
                new AccessAnalyzer("unused-access-90d", "arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/unused-access-90d",
                        "ACCOUNT_UNUSED_ACCESS", "ACTIVE", null),
                new AccessAnalyzer("org-external", "arn:aws:access-analyzer:eu-west-1:111122223333:analyzer/org-external",
                        "ORGANIZATION", "DISABLED", "DELEGATED_ADMINISTRATOR_DEREGISTERED")), analyzers);
        AWS.verify(2, getRequestedFor(urlPathEqualTo("/analyzer")));
    }

    @Test
    void load_whenDenied_failsNamingTheAction() {
        AWS.stubFor(get(urlPathEqualTo("/analyzer"))
                .willReturn(LoaderStubs.restJsonError(403, "AccessDeniedException", "accessanalyzer-access-denied.json")));

        AwsReadException e = assertThrows(AwsReadException.class, () -> new AccessAnalyzersLoader().load(AWS.clients()));

        assertEquals(AwsReadException.Kind.ACCESS_DENIED, e.kind());
        assertEquals("access-analyzer:ListAnalyzers", e.iamAction());
        assertTrue(e.getMessage().contains("lacks access-analyzer:ListAnalyzers"), e.getMessage());
    }
}
