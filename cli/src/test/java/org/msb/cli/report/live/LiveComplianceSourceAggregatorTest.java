package org.msb.cli.report.live;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import com.google.gson.JsonParser;
import org.msb.cli.report.findings.AsffFindingsWriter;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.RuleResult;
import org.msb.error.AwsCallException;
import org.msb.register.ExceptionStatus;
import org.msb.rule.Compliance;
import org.msb.testkit.AwsStubServer;
import software.amazon.awssdk.services.config.ConfigClient;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msb.cli.report.live.ConfigWire.ok;
import static org.msb.cli.report.live.ConfigWire.operation;
import static org.msb.cli.report.live.ConfigWire.requested;

/** An organization's results through a Config aggregator: two accounts x two regions, over JSON 1.1 from WireMock. */
class LiveComplianceSourceAggregatorTest {
    static final String A = "111122223333", B = "444455556666";
    static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

    @RegisterExtension final AwsStubServer wire = new AwsStubServer("eu-west-1");
    ConfigClient client;
    LiveComplianceSource source;

    @BeforeEach
    void source() {
        client = ConfigWire.client(wire.endpoint(), "eu-west-1");
        source = ConfigWire.source(client, NOW);
    }

    @AfterEach void close() { client.close(); }

    static MappingBuilder details(String rule, String account, String region) {
        return operation("GetAggregateComplianceDetailsByConfigRule")
                .withRequestBody(matchingJsonPath("$.ConfigurationAggregatorName", equalTo("msb-org")))
                .withRequestBody(matchingJsonPath("$.ConfigRuleName", equalTo(rule)))
                .withRequestBody(matchingJsonPath("$.AccountId", equalTo(account)))
                .withRequestBody(matchingJsonPath("$.AwsRegion", equalTo(region)))
                .withRequestBody(matchingJsonPath("$.Limit", equalTo("100")));
    }

    void stubOrganization() {
        wire.stubFor(operation("DescribeAggregateComplianceByConfigRules").withRequestBody(notContaining("NextToken"))
                .withRequestBody(matchingJsonPath("$.ConfigurationAggregatorName", equalTo("msb-org")))
                .withRequestBody(matchingJsonPath("$.Limit", equalTo("1000"))).willReturn(ok("aggregator/rules-1.json")));
        wire.stubFor(operation("DescribeAggregateComplianceByConfigRules")
                .withRequestBody(matchingJsonPath("$.NextToken", equalTo("aggregate-rules-page-2"))).willReturn(ok("aggregator/rules-2.json")));
        String s3a = "s3-access-logging-conformance-pack-a1b2c3d4e", s3b = "s3-access-logging-conformance-pack-b5c6d7e8f";
        String ppa = "password-policy-conformance-pack-a1b2c3d4e", ppb = "password-policy-conformance-pack-b5c6d7e8f";
        wire.stubFor(details(s3a, A, "eu-west-1").withRequestBody(notContaining("NextToken")).willReturn(ok("aggregator/details-A-eu-s3-1.json")));
        wire.stubFor(details(s3a, A, "eu-west-1").withRequestBody(matchingJsonPath("$.NextToken", equalTo("details-page-2")))
                .willReturn(ok("aggregator/details-A-eu-s3-2.json")));
        wire.stubFor(details(s3a, A, "us-east-1").willReturn(ok("aggregator/details-A-us-s3.json")));
        wire.stubFor(details(ppa, A, "eu-west-1").willReturn(ok("aggregator/details-A-eu-pp.json")));
        wire.stubFor(details(s3b, B, "eu-west-1").willReturn(ok("aggregator/details-B-eu-s3.json")));
        wire.stubFor(details(ppb, B, "eu-west-1").willReturn(ok("aggregator/details-B-eu-pp.json")));
    }

    static ScanResult of(List<ScanResult> all, String account, String region) {
        return all.stream().filter(r -> r.accountId().equals(account) && r.region().equals(region)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + account + " " + region));
    }

    static RuleResult result(ScanResult r, String ruleId, String resourceId) {
        return r.results().stream().filter(x -> x.ruleId().equals(ruleId) && x.evaluation().resourceId().equals(resourceId))
                .findFirst().orElseThrow(() -> new AssertionError("no result of " + ruleId + " for " + resourceId));
    }

    @Test
    void oneScanResultPerAccountAndRegion() {
        stubOrganization();
        List<ScanResult> all = source.fromAggregator("msb-org", Optional.empty());

        assertEquals(List.of(A + " eu-west-1", A + " us-east-1", B + " eu-west-1", B + " us-east-1"),
                all.stream().map(r -> r.accountId() + " " + r.region()).toList());
        assertTrue(all.stream().allMatch(r -> r.source().equals("AWS Config aggregator msb-org") && r.evaluatedAt().equals(NOW)));

        ScanResult aEu = of(all, A, "eu-west-1");
        assertEquals(List.of("password-policy", "s3-access-logging"), aEu.rules().stream().map(r -> r.spec().id()).toList());
        assertEquals(new ScanResult.Counts(1, 2, 1, 0, 0, 0), aEu.counts());   // 3 buckets over two pages + the account
        assertEquals(4, aEu.results().size());

        assertEquals(new ScanResult.Counts(1, 0, 0, 0, 0, 0), of(all, A, "us-east-1").counts());
        assertEquals(new ScanResult.Counts(2, 0, 1, 0, 0, 0), of(all, B, "eu-west-1").counts());

        // INSUFFICIENT_DATA in the aggregator: reported for the account without asking for details
        ScanResult bUs = of(all, B, "us-east-1");
        assertEquals(1, bUs.results().size());
        RuleResult none = bUs.results().get(0);
        assertEquals(Compliance.INSUFFICIENT_DATA, none.compliance());
        assertEquals(B, none.evaluation().resourceId());

        assertTrue(source.notes().stream().anyMatch(n -> n.equals("aggregator msb-org: skipped 1 Config rule(s) that are not this project's: securityhub-enabled")),
                source.notes().toString());
        // 2 pages of rules; 5 (rule, account, region) with results, one of them over two pages
        assertEquals(Map.of("DescribeAggregateComplianceByConfigRules", 2, "GetAggregateComplianceDetailsByConfigRule", 6), source.callCounts());
        wire.verify(6, requested("GetAggregateComplianceDetailsByConfigRule"));
    }

    @Test
    void exceptionsPerAccountComeBackFromTheAnnotations() {
        stubOrganization();
        List<ScanResult> all = source.fromAggregator("msb-org", Optional.empty());

        RuleResult a = result(of(all, A, "eu-west-1"), "s3-access-logging", "public-web-assets");
        assertTrue(a.compliantByException());
        assertEquals("EX-001", a.exception().id());

        RuleResult b = result(of(all, B, "eu-west-1"), "s3-access-logging", "b-public");
        assertEquals(ExceptionStatus.VALID, b.exception().status());
        assertEquals("security-lead@example.com", b.exception().approver());
        assertEquals(LocalDate.parse("2027-01-15"), b.exception().validUntil());

        assertEquals(Compliance.NON_COMPLIANT, result(of(all, A, "eu-west-1"), "s3-access-logging", "scratch-data").compliance());
    }

    @Test
    void anUnknownAggregatorIsAnErrorNotAnEmptyOrganization() {
        wire.stubFor(operation("DescribeAggregateComplianceByConfigRules").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", ConfigWire.JSON_11)
                .withBody("{\"__type\":\"NoSuchConfigurationAggregatorException\",\"message\":\"The configuration aggregator does not exist. Check the configuration aggregator name and try again.\"}")));

        AwsCallException e = assertThrows(AwsCallException.class, () -> source.fromAggregator("msb-org", Optional.empty()));
        assertTrue(e.getMessage().startsWith("AWS Config DescribeAggregateComplianceByConfigRules failed: NoSuchConfigurationAggregatorException"),
                e.getMessage());
    }

    @Test
    void liveResultsBecomeSecurityHubFindingsLikeScanResults() throws IOException {
        stubOrganization();
        List<ScanResult> all = source.fromAggregator("msb-org", Optional.empty());
        StringWriter out = new StringWriter();
        new AsffFindingsWriter().write(all, out);
        var findings = JsonParser.parseString(out.toString()).getAsJsonArray();

        assertEquals(all.stream().mapToInt(r -> r.results().size() + r.errors().size()).sum(), findings.size());
        var excepted = findings.asList().stream().map(f -> f.getAsJsonObject().getAsJsonObject("ProductFields"))
                .filter(p -> p.has("msb/ExceptionId")).map(p -> p.get("msb/ExceptionId").getAsString()).sorted().toList();
        assertEquals(List.of("EX-001", "EX-002"), excepted);
        assertTrue(findings.asList().stream().map(f -> f.getAsJsonObject().get("AwsAccountId").getAsString()).toList().containsAll(List.of(A, B)));
    }
}
