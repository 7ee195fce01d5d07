package org.msb.cli.report.live;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.cli.CliRun;
import org.msb.cli.DummyAwsCredentials;
import org.msb.testkit.AwsStubServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code msb report --live} end to end: the account from STS GetCallerIdentity, its conformance packs from AWS
 * Config (the same wire fixtures as {@link LiveComplianceSourceAccountTest}), then the report and the findings
 * formats from what Config returned.
 */
@ExtendWith(DummyAwsCredentials.class)
class ReportCommandLiveTest {
    @RegisterExtension static final AwsStubServer WIRE = new AwsStubServer("eu-west-1");

    @BeforeEach
    void stub() {
        LiveComplianceSourceAccountTest.stubAccount(WIRE);
        // STS's query protocol: form-encoded POST, XML answer (as in the STS API reference's example)
        WIRE.stubFor(post(urlEqualTo("/")).withRequestBody(containing("Action=GetCallerIdentity")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/xml").withBody("""
                        <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
                          <GetCallerIdentityResult>
                            <Arn>arn:aws:sts::111122223333:assumed-role/compliance-reader/jane</Arn>
                            <UserId>AROAEXAMPLEID:jane</UserId>
                            <Account>111122223333</Account>
                          </GetCallerIdentityResult>
                          <ResponseMetadata><RequestId>01234567-89ab-cdef-0123-456789abcdef</RequestId></ResponseMetadata>
                        </GetCallerIdentityResponse>""")));
    }

    @Test
    void live_when_packsAreDeployed_reportsWhatConfigHolds() {
        CliRun r = CliRun.of("report", "--live", "--region", "eu-west-1", "--endpoint-url", WIRE.baseUrl(), "--format", "json");

        assertEquals(0, r.exitCode(), r.err());
        JsonObject report = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray accounts = report.getAsJsonArray("accounts");
        assertEquals(1, accounts.size());
        assertEquals("111122223333", accounts.get(0).getAsJsonObject().get("accountId").getAsString());
        JsonObject overall = report.getAsJsonObject("overall");
        assertEquals(2, overall.get("compliant").getAsInt());
        assertEquals(2, overall.get("nonCompliant").getAsInt());
        assertEquals(1, overall.get("compliantByException").getAsInt());
        assertEquals(1, overall.get("insufficientData").getAsInt());
        assertEquals(1, overall.get("errors").getAsInt());
        assertEquals(0.5, overall.get("score").getAsDouble(), 0.001); // 2 / (2 + 2): exception, insufficient data and error not counted
        // EX-009 was never attested: Config's annotation gives no date, and the report says so rather than inventing one
        JsonObject overdue = report.getAsJsonArray("exceptions").asList().stream().map(e -> e.getAsJsonObject())
                .filter(e -> e.get("id").getAsString().equals("EX-009")).findFirst().orElseThrow();
        assertEquals("ATTESTATION_OVERDUE", overdue.get("status").getAsString());
        assertTrue(overdue.get("validUntil").isJsonNull());
        assertTrue(overdue.get("daysLeft").isJsonNull());
        assertTrue(r.err().contains("read AWS Config in 8 call(s)"), r.err());
        assertTrue(r.err().contains("skipped 1 Config rule(s)"), r.err());
    }

    @Test
    void live_when_asffAsked_writesOneFindingPerConfigResult() {
        CliRun r = CliRun.of("report", "--live", "--region", "eu-west-1", "--endpoint-url", WIRE.baseUrl(), "--format", "asff");

        assertEquals(0, r.exitCode(), r.err());
        JsonArray findings = JsonParser.parseString(r.out()).getAsJsonArray();
        // six results and one rule error (guardduty-enabled), as the account fixtures hold
        assertEquals(7, findings.size());
        long failed = findings.asList().stream()
                .filter(f -> "FAILED".equals(f.getAsJsonObject().getAsJsonObject("Compliance").get("Status").getAsString())).count();
        assertEquals(2, failed);
        assertEquals("111122223333", findings.get(0).getAsJsonObject().get("AwsAccountId").getAsString());
    }

    @Test
    void live_when_textAsked_saysAnUnknownDateIsUnknown() {
        CliRun r = CliRun.of("report", "--live", "--region", "eu-west-1", "--endpoint-url", WIRE.baseUrl());

        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.contains("EX-009") && l.contains("until unknown (unknown)")), r.out());
    }

    @Test
    void live_when_combinedWithFiles_isABadUsage() {
        CliRun r = CliRun.of("report", "--live", "--world", "x.json", "--endpoint-url", WIRE.baseUrl());

        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("do not take --scan, --world or --at"), r.err());
    }
}
