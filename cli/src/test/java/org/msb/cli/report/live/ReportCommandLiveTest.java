package org.msb.cli.report.live;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msb.cli.Msb;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

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
class ReportCommandLiveTest {
    static final WireMockServer WIRE = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @BeforeAll
    static void start() {
        WIRE.start();
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
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
    }

    @AfterAll
    static void stop() {
        WIRE.stop();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    static String[] run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Msb.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new String[]{String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void live_when_packsAreDeployed_reportsWhatConfigHolds() {
        String[] r = run("report", "--live", "--region", "eu-west-1", "--endpoint-url", WIRE.baseUrl(), "--format", "json");

        assertEquals("0", r[0], r[2]);
        JsonObject report = JsonParser.parseString(r[1]).getAsJsonObject();
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
        assertTrue(r[2].contains("read AWS Config in 8 call(s)"), r[2]);
        assertTrue(r[2].contains("skipped 1 Config rule(s)"), r[2]);
    }

    @Test
    void live_when_asffAsked_writesOneFindingPerConfigResult() {
        String[] r = run("report", "--live", "--region", "eu-west-1", "--endpoint-url", WIRE.baseUrl(), "--format", "asff");

        assertEquals("0", r[0], r[2]);
        JsonArray findings = JsonParser.parseString(r[1]).getAsJsonArray();
        // six results and one rule error (guardduty-enabled), as the account fixtures hold
        assertEquals(7, findings.size());
        long failed = findings.asList().stream()
                .filter(f -> "FAILED".equals(f.getAsJsonObject().getAsJsonObject("Compliance").get("Status").getAsString())).count();
        assertEquals(2, failed);
        assertEquals("111122223333", findings.get(0).getAsJsonObject().get("AwsAccountId").getAsString());
    }

    @Test
    void live_when_textAsked_saysAnUnknownDateIsUnknown() {
        String[] r = run("report", "--live", "--region", "eu-west-1", "--endpoint-url", WIRE.baseUrl());

        assertEquals("0", r[0], r[2]);
        assertTrue(r[1].lines().anyMatch(l -> l.contains("EX-009") && l.contains("until unknown (unknown)")), r[1]);
    }

    @Test
    void live_when_combinedWithFiles_isABadUsage() {
        String[] r = run("report", "--live", "--world", "x.json", "--endpoint-url", WIRE.baseUrl());

        assertEquals("2", r[0]);
        assertTrue(r[2].contains("do not take --scan, --world or --at"), r[2]);
    }
}
