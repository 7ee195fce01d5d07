package org.msb.cli.report.findings;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.cli.scan.ScanResult;
import org.msb.error.AwsCallException;
import org.msb.testkit.AwsStubServer;
import org.msb.testkit.TestAwsClients;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;

import java.io.StringWriter;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BatchImportFindings over HTTP with the SDK's SecurityHubClient against WireMock: Security Hub's REST-JSON
 * protocol, {@code POST /findings/import} with {"Findings": [...]}, answered with
 * {"FailedCount", "SuccessCount", "FailedFindings": [{"Id", "ErrorCode", "ErrorMessage"}]} (Security Hub API
 * Reference, BatchImportFindings: request and response syntax).
 */
class SecurityHubImportTest {
    @RegisterExtension final AwsStubServer wire = new AwsStubServer("eu-west-1");
    SecurityHubClient client;

    @BeforeEach
    void client() {
        client = SecurityHubClient.builder().region(Region.EU_WEST_1).endpointOverride(wire.endpoint())
                .credentialsProvider(StaticCredentialsProvider.create(TestAwsClients.CREDENTIALS))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(ClientOverrideConfiguration.builder().retryStrategy(AwsRetryStrategy.doNotRetry()).build())
                .build();
    }

    @AfterEach
    void close() { client.close(); }

    @Test
    void theSdkSendsTheFindingsFileExactlyInBatchesOfAHundred() throws Exception {
        wire.stubFor(post(urlEqualTo("/findings/import")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"FailedCount\":1,\"SuccessCount\":99,\"FailedFindings\":[{\"Id\":\"msb/x\",\"ErrorCode\":\"InvalidInput\","
                        + "\"ErrorMessage\":\"Finding does not adhere to Amazon Finding Format.\"}]}")));
        List<ScanResult> scans = List.of(DemoScans.demo(), DemoScans.as("444455556666", "us-east-1"));
        List<AwsSecurityFinding> findings = AsffFindings.of(scans);

        SecurityHubImport.Outcome outcome = SecurityHubImport.send(client, findings);

        int expectedCalls = (findings.size() + 99) / 100;
        assertEquals(expectedCalls, outcome.calls());
        assertEquals(99 * expectedCalls, outcome.succeeded());
        assertEquals(expectedCalls, outcome.failed().size());
        assertEquals("InvalidInput", outcome.failed().get(0).errorCode());

        List<LoggedRequest> sent = wire.findAll(postRequestedFor(urlEqualTo("/findings/import")));
        assertEquals(expectedCalls, sent.size());
        JsonArray onTheWire = new JsonArray();
        for (LoggedRequest r : sent) {
            JsonArray batch = JsonParser.parseString(r.getBodyAsString()).getAsJsonObject().getAsJsonArray("Findings");
            assertTrue(batch.size() <= 100 && !batch.isEmpty());
            onTheWire.addAll(batch);
        }
        StringWriter file = new StringWriter();
        new AsffFindingsWriter().write(scans, file);
        JsonElement written = JsonParser.parseString(file.toString());
        // the file the writer produces is, member for member, what the SDK puts on the wire
        assertEquals(written, onTheWire);
        for (JsonElement f : onTheWire) assertEquals(List.of(), AsffConstraints.problems(f.getAsJsonObject()));
    }

    @Test
    void aRefusedCallFailsNamingHowFarItGot() {
        // the first batch is taken, the second refused (Security Hub's REST-JSON error: x-amzn-ErrorType and Message)
        wire.stubFor(post(urlEqualTo("/findings/import")).inScenario("import").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"FailedCount\":0,\"SuccessCount\":100,\"FailedFindings\":[]}"))
                .willSetStateTo("denied"));
        wire.stubFor(post(urlEqualTo("/findings/import")).inScenario("import").whenScenarioStateIs("denied")
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json")
                        .withHeader("x-amzn-ErrorType", "AccessDeniedException")
                        .withBody("{\"Message\":\"User is not authorized to perform: securityhub:BatchImportFindings\"}")));
        List<AwsSecurityFinding> findings = AsffFindings.of(List.of(DemoScans.demo())).subList(0, 150);

        AwsCallException e = assertThrows(AwsCallException.class, () -> SecurityHubImport.send(client, findings));
        assertTrue(e.getMessage().startsWith("Security Hub BatchImportFindings failed after 100 finding(s) were imported"), e.getMessage());
        assertTrue(e.getMessage().contains("not authorized"), e.getMessage());
        wire.verify(2, postRequestedFor(urlEqualTo("/findings/import")));
    }
}
