package org.msb.fact.loader;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.error.FactUnavailableException;
import org.msb.fact.CredentialReport;
import org.msb.internal.live.AwsReadException;
import org.msb.testkit.AwsStubServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The credential report's asynchronous generation over IAM's real wire format (Query protocol, XML, the
 * report as base64 in {@code Content}): waiting while ReportInProgress, the bounded wait, and AccessDenied.
 */
class CredentialReportLoaderStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer();
    private final List<Duration> pauses = new ArrayList<>();
    private Instant now = Instant.parse("2026-11-30T08:00:00Z");

    /** A loader whose clock moves only when it pauses, so the bound is exercised without waiting. */
    private CredentialReportLoader loader(Duration maxWait, Duration poll) {
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now; }
        };
        return new CredentialReportLoader(maxWait, poll, clock, d -> {
            pauses.add(d);
            now = now.plus(d);
        });
    }

    @Test
    void load_whenReportIsBeingGenerated_waitsThenReadsIt() throws IOException {
        AWS.stubFor(query("GenerateCredentialReport").inScenario("gen").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(200, file("generate-credential-report-started.xml"))).willSetStateTo("inprogress"));
        AWS.stubFor(query("GenerateCredentialReport").inScenario("gen").whenScenarioStateIs("inprogress")
                .willReturn(xml(200, file("generate-credential-report-inprogress.xml"))));
        AWS.stubFor(query("GetCredentialReport").inScenario("get").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(xml(410, file("report-in-progress.xml"))).willSetStateTo("second"));
        AWS.stubFor(query("GetCredentialReport").inScenario("get").whenScenarioStateIs("second")
                .willReturn(xml(410, file("report-in-progress.xml"))).willSetStateTo("ready"));
        AWS.stubFor(query("GetCredentialReport").inScenario("get").whenScenarioStateIs("ready")
                .willReturn(xml(200, reportResponse(file("credential-report.csv")))));

        CredentialReport r = loader(Duration.ofSeconds(60), Duration.ofSeconds(2)).load(AWS.clients());

        assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), pauses);
        assertEquals(Instant.parse("2026-11-30T06:00:00Z"), r.generatedAt());
        assertTrue(r.root().orElseThrow().hasMfa());
        assertEquals(2, r.user("ci-deploy").orElseThrow().activeAccessKeys().size());
        AWS.verify(3, postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=GetCredentialReport")));
    }

    @Test
    void load_whenReportNeverArrives_givesUpAfterTheBoundSayingSo() throws IOException {
        AWS.stubFor(query("GenerateCredentialReport").willReturn(xml(200, file("generate-credential-report-inprogress.xml"))));
        AWS.stubFor(query("GetCredentialReport").willReturn(xml(410, file("report-in-progress.xml"))));

        FactUnavailableException e = assertThrows(FactUnavailableException.class,
                () -> loader(Duration.ofSeconds(10), Duration.ofSeconds(3)).load(AWS.clients()));

        assertEquals("iam.credentialReport", e.fact());
        assertEquals("Fact iam.credentialReport is unavailable: IAM was still generating the credential report after 10 s"
                + " (4 attempts, last state INPROGRESS); run the evaluation again", e.getMessage());
        assertEquals(3, pauses.size());
    }

    @Test
    void load_whenDenied_failsNamingTheAction() throws IOException {
        AWS.stubFor(query("GenerateCredentialReport").willReturn(xml(403, file("access-denied-credential-report.xml"))));

        AwsReadException e = assertThrows(AwsReadException.class, () -> loader(Duration.ofSeconds(10), Duration.ofSeconds(1)).load(AWS.clients()));

        assertTrue(e.isAccessDenied());
        assertEquals("iam:GenerateCredentialReport", e.iamAction());
        assertTrue(pauses.isEmpty());
    }

    @Test
    void load_whenReportIsNotCsv_saysSo() throws IOException {
        AWS.stubFor(query("GenerateCredentialReport").willReturn(xml(200, file("generate-credential-report-started.xml"))));
        AWS.stubFor(query("GetCredentialReport").willReturn(xml(200, reportResponse("user,arn\nx,\"unterminated\n"))));

        FactUnavailableException e = assertThrows(FactUnavailableException.class, () -> loader(Duration.ofSeconds(10), Duration.ofSeconds(1)).load(AWS.clients()));

        assertTrue(e.getMessage().contains("the report IAM returned cannot be read: CSV line 2: a quoted field is not closed"), e.getMessage());
    }

    private static MappingBuilder query(String operation) {
        return post(urlEqualTo("/")).withRequestBody(containing("Action=" + operation));
    }

    private static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml").withBody(body);
    }

    private static String reportResponse(String csv) {
        return """
                <GetCredentialReportResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/">
                  <GetCredentialReportResult>
                    <Content>%s</Content>
                    <ReportFormat>text/csv</ReportFormat>
                    <GeneratedTime>2026-11-30T06:00:00Z</GeneratedTime>
                  </GetCredentialReportResult>
                  <ResponseMetadata><RequestId>1b6c4d2e-9f0a-4b3c-8d7e-6f5a4b3c2d1e</RequestId></ResponseMetadata>
                </GetCredentialReportResponse>
                """.formatted(Base64.getEncoder().encodeToString(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static String file(String name) throws IOException {
        try (InputStream in = CredentialReportLoaderStubTest.class.getResourceAsStream("/iam/" + name)) {
            if (in == null) throw new UncheckedIOException(new IOException("no test resource iam/" + name));
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
