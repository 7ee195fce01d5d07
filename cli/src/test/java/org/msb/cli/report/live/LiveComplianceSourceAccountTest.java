package org.msb.cli.report.live;

import com.github.tomakehurst.wiremock.junit.Stubbing;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.cli.scan.RuleCatalog;
import org.msb.cli.scan.RuleError;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.AppliedException;
import org.msb.engine.RuleResult;
import org.msb.error.AwsCallException;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionRegisterParser;
import org.msb.register.ExceptionStatus;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.testkit.AwsStubServer;
import software.amazon.awssdk.services.config.ConfigClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.msb.cli.report.live.ConfigWire.error;
import static org.msb.cli.report.live.ConfigWire.ok;
import static org.msb.cli.report.live.ConfigWire.okBody;
import static org.msb.cli.report.live.ConfigWire.operation;
import static org.msb.cli.report.live.ConfigWire.requested;

/** One account's conformance packs read over AWS Config's real JSON 1.1 protocol from WireMock stubs. */
class LiveComplianceSourceAccountTest {
    static final String ACCOUNT = "111122223333";
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

    void stubAccount() { stubAccount(wire); }

    /** This account's packs as the fixtures in report-live/account/ describe them (also used by the CLI test). */
    static void stubAccount(Stubbing wire) {
        wire.stubFor(operation("DescribeConformancePacks").withRequestBody(notContaining("NextToken"))
                .withRequestBody(matchingJsonPath("$.Limit", equalTo("20"))).willReturn(ok("account/packs-1.json")));
        wire.stubFor(operation("DescribeConformancePacks").withRequestBody(matchingJsonPath("$.NextToken", equalTo("packs-page-2")))
                .willReturn(ok("account/packs-2.json")));
        for (String pack : List.of("baseline", "dp")) {
            wire.stubFor(operation("DescribeConformancePackCompliance")
                    .withRequestBody(matchingJsonPath("$.ConformancePackName", equalTo("msb-" + pack)))
                    .withRequestBody(matchingJsonPath("$.Limit", equalTo("1000"))).willReturn(ok("account/" + pack + "-rules.json")));
        }
        // the first page of msb-baseline's details is throttled once, then answered
        wire.stubFor(operation("GetConformancePackComplianceDetails").inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                .withRequestBody(matchingJsonPath("$.ConformancePackName", equalTo("msb-baseline"))).withRequestBody(notContaining("NextToken"))
                .willReturn(error("throttling.json")).willSetStateTo("retried"));
        wire.stubFor(operation("GetConformancePackComplianceDetails").inScenario("throttled").whenScenarioStateIs("retried")
                .withRequestBody(matchingJsonPath("$.ConformancePackName", equalTo("msb-baseline"))).withRequestBody(notContaining("NextToken"))
                .withRequestBody(matchingJsonPath("$.Limit", equalTo("100"))).willReturn(ok("account/baseline-details-1.json")));
        wire.stubFor(operation("GetConformancePackComplianceDetails")
                .withRequestBody(matchingJsonPath("$.ConformancePackName", equalTo("msb-baseline")))
                .withRequestBody(matchingJsonPath("$.NextToken", equalTo("details-page-2"))).willReturn(ok("account/baseline-details-2.json")));
        wire.stubFor(operation("GetConformancePackComplianceDetails")
                .withRequestBody(matchingJsonPath("$.ConformancePackName", equalTo("msb-dp"))).willReturn(ok("account/dp-details.json")));
        wire.stubFor(operation("DescribeConfigRuleEvaluationStatus")
                .withRequestBody(matchingJsonPath("$.ConfigRuleNames[?(@ == 'guardduty-enabled-conformance-pack-a1b2c3d4e')]"))
                .willReturn(ok("account/rule-status.json")));
    }

    static RuleResult result(ScanResult r, String ruleId, String resourceId) {
        return r.results().stream().filter(x -> x.ruleId().equals(ruleId) && x.evaluation().resourceId().equals(resourceId))
                .findFirst().orElseThrow(() -> new AssertionError("no result of " + ruleId + " for " + resourceId + " in " + r.results()));
    }

    @Test
    void readsTheProjectsPacksIntoOneScanResultAcrossPagesAndAThrottledCall() {
        stubAccount();
        List<ScanResult> results = source.fromAccount(ACCOUNT, "eu-west-1", Optional.empty());

        assertEquals(1, results.size());
        ScanResult r = results.get(0);
        assertEquals(ACCOUNT, r.accountId());
        assertEquals("eu-west-1", r.region());
        assertEquals(NOW, r.evaluatedAt());
        // the four rules of ours in the two msb-* packs, in baseline order; the versioning rule is not ours
        assertEquals(List.of("console-mfa", "password-policy", "guardduty-enabled", "s3-access-logging"),
                r.rules().stream().map(x -> x.spec().id()).toList());
        assertEquals(6, r.results().size(), r.results().toString());
        assertEquals(new ScanResult.Counts(2, 2, 1, 0, 1, 1), r.counts());
        assertTrue(r.results().stream().noneMatch(x -> x.ruleId().startsWith("s3-bucket-versioning")));

        // scratch-data is in both packs: the newer evaluation (msb-baseline's) is the one kept
        RuleResult scratch = result(r, "s3-access-logging", "scratch-data");
        assertEquals(Compliance.NON_COMPLIANT, scratch.compliance());
        assertTrue(scratch.evaluation().annotation().endsWith("Server access logging is off."), scratch.evaluation().annotation());
        assertEquals(Instant.parse("2026-11-30T08:00:00Z"), scratch.evaluation().orderingTimestamp());
        assertEquals(RuleCatalog.load().select(List.of("s3-access-logging")).rules().get(0).spec().controlId(), scratch.controlId());

        RuleResult mfa = result(r, "console-mfa", ACCOUNT);
        assertEquals(Compliance.INSUFFICIENT_DATA, mfa.compliance());
        assertEquals(Evaluation.ACCOUNT_TYPE, mfa.evaluation().resourceType());

        // guardduty-enabled failed after its last success: a rule error with Config's code; s3-access-logging's
        // failure is older than its last success, so it is not
        assertEquals(List.of("guardduty-enabled"), r.errors().stream().map(RuleError::ruleId).toList());
        assertTrue(r.errors().get(0).message().contains("AccessDeniedException: msb-guardduty-enabled: AWS call guardduty:ListDetectors was denied"),
                r.errors().get(0).message());

        assertTrue(source.notes().stream().anyMatch(n -> n.contains("skipped 1 Config rule(s)") && n.contains("s3-bucket-versioning-enabled-conformance-pack-a1b2c3d4e")),
                source.notes().toString());
        assertEquals(Map.of("DescribeConformancePacks", 2, "DescribeConformancePackCompliance", 2,
                "GetConformancePackComplianceDetails", 3, "DescribeConfigRuleEvaluationStatus", 1), source.callCounts());
        // the throttled page was retried by the SDK: one more request on the wire than calls counted
        wire.verify(4, requested("GetConformancePackComplianceDetails"));
    }

    @Test
    void exceptionsInAnnotationsComeBackWithTheirStatusAndUnknownReason() {
        stubAccount();
        ScanResult r = source.fromAccount(ACCOUNT, "eu-west-1", Optional.empty()).get(0);

        RuleResult excepted = result(r, "s3-access-logging", "public-web-assets");
        assertEquals(Compliance.COMPLIANT, excepted.compliance());
        assertTrue(excepted.compliantByException());
        assertEquals(new AppliedException("EX-001", ExceptionStatus.VALID, "ciso@example.com", AppliedExceptions.UNKNOWN_REASON,
                LocalDate.parse("2027-03-31"), AppliedExceptions.SOURCE), excepted.exception());

        RuleResult expired = result(r, "password-policy", ACCOUNT);
        assertEquals(Compliance.NON_COMPLIANT, expired.compliance());
        assertEquals(ExceptionStatus.EXPIRED, expired.exception().status());
        assertEquals("EX-007", expired.exception().id());
        assertEquals(LocalDate.parse("2026-10-01"), expired.exception().validUntil());

        RuleResult overdue = result(r, "s3-access-logging", "scratch-data");
        assertEquals(ExceptionStatus.ATTESTATION_OVERDUE, overdue.exception().status());
        assertEquals("EX-009", overdue.exception().id());

        assertNull(result(r, "s3-access-logging", "demo-logs").exception());
    }

    @Test
    void aRegisterAddsWhatConfigDoesNotKeep() {
        stubAccount();
        ExceptionRegister register = ExceptionRegisterParser.parse("""
                exceptions:
                  - id: EX-001
                    rules: [s3-access-logging]
                    resource: public-web-assets
                    reason: Static website assets; CloudFront logs the access instead.
                    approver: ciso@example.com
                    expires: 2027-03-31
                """, "register.yaml");
        ScanResult r = source.fromAccount(ACCOUNT, "eu-west-1", Optional.of(register)).get(0);

        AppliedException x = result(r, "s3-access-logging", "public-web-assets").exception();
        assertEquals("Static website assets; CloudFront logs the access instead.", x.reason());
        assertEquals("register", x.source());
        assertEquals(ExceptionStatus.VALID, x.status());
        // an exception the register does not hold still comes back from its annotation
        assertEquals(AppliedExceptions.SOURCE, result(r, "password-policy", ACCOUNT).exception().source());
    }

    @Test
    void accessDeniedFailsTheReadNamingTheOperation() {
        wire.stubFor(operation("DescribeConformancePacks").willReturn(error("access-denied.json")));

        AwsCallException e = assertThrows(AwsCallException.class, () -> source.fromAccount(ACCOUNT, "eu-west-1", Optional.empty()));
        assertTrue(e.getMessage().startsWith("AWS Config DescribeConformancePacks failed: AccessDeniedException: User: arn:aws:sts::111122223333"),
                e.getMessage());
        // not retried: AccessDenied is not a transient error
        wire.verify(1, requested("DescribeConformancePacks"));
    }

    @Test
    void throttlingPastTheRetriesFailsClearly() {
        wire.stubFor(operation("DescribeConformancePacks").willReturn(error("throttling.json")));

        AwsCallException e = assertThrows(AwsCallException.class, () -> source.fromAccount(ACCOUNT, "eu-west-1", Optional.empty()));
        assertTrue(e.getMessage().contains("DescribeConformancePacks failed: ThrottlingException: Rate exceeded"), e.getMessage());
        wire.verify(3, requested("DescribeConformancePacks"));
    }

    @Test
    void anAccountWithoutThePacksGivesNoResultAndSaysSo() {
        wire.stubFor(operation("DescribeConformancePacks").willReturn(ok("account/packs-2.json")));
        LiveComplianceSource other = new LiveComplianceSource(client, RuleCatalog.load(), "baseline-", Clock.fixed(NOW, ZoneOffset.UTC));

        assertEquals(List.of(), other.fromAccount(ACCOUNT, "eu-west-1", Optional.empty()));
        assertEquals(List.of("account 111122223333 eu-west-1: no conformance pack named baseline-* is deployed"), other.notes());
    }

    @Test
    void organizationPacksCountAsTheProjectsInAMemberAccount() {
        // Config names an organization pack in a member account OrgConformsPack-<name>-<suffix>
        assertTrue(LiveComplianceSource.isProjectPack("msb-", "OrgConformsPack-msb-baseline-x1y2z3w4"));
        assertTrue(LiveComplianceSource.isProjectPack("msb-", "msb-dp"));
        assertFalse(LiveComplianceSource.isProjectPack("msb-", "OrgConformsPack-security-abcdef12"));
        assertFalse(LiveComplianceSource.isProjectPack("msb-", "Operational-Best-Practices-for-CIS"));
    }

    @Test
    void ruleStatusIsAskedTwentyFiveNamesAtATimeAndRulesWithoutResultsAreInsufficientData() {
        // a pack with 30 of the project's rules, none evaluated yet (DescribeConformancePackComplianceResponse shape)
        List<String> ids = RuleCatalog.load().rules().stream().limit(30).map(r -> r.spec().id()).toList();
        JsonArray rules = new JsonArray();
        for (String id : ids) {
            JsonObject r = new JsonObject();
            r.addProperty("ConfigRuleName", id + "-conformance-pack-a1b2c3d4e");
            r.addProperty("ComplianceType", "INSUFFICIENT_DATA");
            r.add("Controls", new JsonArray());
            rules.add(r);
        }
        JsonObject pack = new JsonObject();
        pack.addProperty("ConformancePackName", "msb-baseline");
        pack.add("ConformancePackRuleComplianceList", rules);
        // an empty NextToken ends the listing as a missing one does
        wire.stubFor(operation("DescribeConformancePacks").willReturn(ok("account/packs-baseline-only.json")));
        wire.stubFor(operation("DescribeConformancePackCompliance").willReturn(okBody(pack.toString())));
        wire.stubFor(operation("GetConformancePackComplianceDetails")
                .willReturn(okBody("{\"ConformancePackName\":\"msb-baseline\",\"ConformancePackRuleEvaluationResults\":[]}")));
        wire.stubFor(operation("DescribeConfigRuleEvaluationStatus").withRequestBody(matchingJsonPath("$.Limit", equalTo("50")))
                .willReturn(okBody("{\"ConfigRulesEvaluationStatus\":[]}")));

        ScanResult r = source.fromAccount(ACCOUNT, "eu-west-1", Optional.empty()).get(0);

        assertEquals(30, r.rules().size());
        assertEquals(new ScanResult.Counts(0, 0, 0, 0, 30, 0), r.counts());
        assertEquals(2, source.callCounts().get("DescribeConfigRuleEvaluationStatus"));
        List<Integer> sizes = wire.findAll(requested("DescribeConfigRuleEvaluationStatus")).stream()
                .map(q -> JsonParser.parseString(q.getBodyAsString()).getAsJsonObject().getAsJsonArray("ConfigRuleNames").size()).toList();
        assertEquals(List.of(25, 5), sizes);
    }
}
