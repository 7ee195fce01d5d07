package org.msb.cli.report.live;

import org.junit.jupiter.api.Test;
import org.msb.cli.DemoAccount;
import org.msb.cli.report.ExceptionEntry;
import org.msb.cli.report.ReportBuilder;
import org.msb.cli.scan.RuleCatalog;
import org.msb.cli.scan.ScanResult;
import org.msb.cli.scan.ScanService;
import org.msb.engine.AppliedException;
import org.msb.engine.ExceptionAnnotation;
import org.msb.engine.RuleResult;
import org.msb.internal.world.World;
import org.msb.register.ExceptionStatus;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppliedExceptionsTest {

    /**
     * The contract with RuleRunner: every exception the framework applies in the demo account reads back from
     * the annotation it wrote, with the same id, status and (where the annotation carries them) approver and date.
     */
    @Test
    void readsBackEveryExceptionTheFrameworkWritesInTheDemoAccount() {
        World w = DemoAccount.load();
        ScanResult demo = new ScanService().scan(RuleCatalog.load(), new ScanService.Request("demo", w.account(), w.register(),
                w::parametersFor, w.capturedAt()));
        List<RuleResult> withException = demo.results().stream().filter(r -> r.exception() != null).toList();
        assertTrue(withException.stream().anyMatch(RuleResult::compliantByException));
        assertTrue(withException.stream().anyMatch(r -> !r.compliantByException()), "the demo account has a lapsed exception too");

        for (RuleResult r : withException) {
            AppliedException applied = r.exception();
            AppliedException read = AppliedExceptions.fromAnnotation(r.evaluation().annotation(), Optional.empty())
                    .orElseThrow(() -> new AssertionError("no exception read from " + r.evaluation().annotation()));
            assertEquals(applied.id(), read.id(), r.evaluation().annotation());
            assertEquals(applied.status(), read.status(), r.evaluation().annotation());
            if (applied.status() == ExceptionStatus.VALID) {
                assertEquals(applied.approver(), read.approver());
                assertEquals(applied.validUntil(), read.validUntil());
            }
            // with the register the scan used, the reason and source come back as well
            AppliedException enriched = AppliedExceptions.fromAnnotation(r.evaluation().annotation(), Optional.of(w.register())).orElseThrow();
            if (w.register().exceptions().stream().anyMatch(x -> x.id().equals(applied.id()))) {
                assertEquals(applied.reason(), enriched.reason());
                assertEquals(applied.source(), enriched.source());
            }
        }
        assertTrue(demo.results().stream().filter(r -> r.exception() == null)
                .allMatch(r -> AppliedExceptions.fromAnnotation(r.evaluation().annotation(), Optional.empty()).isEmpty()),
                "a result without an exception never reads as one");
    }

    @Test
    void anAnnotationCutBeforeItsDateStillCountsAsValid() {
        String cut = "Excepted by EX-042 (approved by a-very-long-approver-name@example.com, val [truncated]";
        AppliedException x = AppliedExceptions.fromAnnotation(cut, Optional.empty()).orElseThrow();
        assertEquals("EX-042", x.id());
        assertEquals(ExceptionStatus.VALID, x.status());
        assertEquals(null, x.validUntil());
        assertEquals(AppliedExceptions.SOURCE, x.source());
    }

    /** RuleRunner's text with an approver so long that Config's limit cuts the date: the report says "unknown", not a wrong date. */
    @Test
    void anExceptionWhoseDateTheLimitCutShowsAsUnknownInTheReport() {
        Instant at = Instant.parse("2026-11-30T08:00:00Z");
        String annotation = ExceptionAnnotation.valid("EX-043", "a".repeat(300) + "@example.com", LocalDate.parse("2027-01-31"), "bucket b is public");
        AppliedException read = AppliedExceptions.fromAnnotation(annotation, Optional.empty()).orElseThrow();
        RuleResult result = new RuleResult("s3-access-logging", "DET-4", new Evaluation("AWS::S3::Bucket", "b", Compliance.COMPLIANT, annotation, at), read);
        ScanResult scan = new ScanResult("AWS Config", "111111111111", "eu-west-1", at,
                RuleCatalog.load().select(List.of("s3-access-logging")).rules(), List.of(result), List.of());

        ExceptionEntry entry = new ReportBuilder().build(List.of(scan), at).exceptions().get(0);

        assertEquals("EX-043", entry.id());
        assertEquals(ExceptionStatus.VALID, entry.status());
        assertEquals("unknown", entry.validUntilText());
        assertEquals("unknown", entry.daysLeftText());
    }

    @Test
    void anEmptyFindingAfterTheColonAndCommasInTheApproverStillParse() {
        AppliedException x = AppliedExceptions.fromAnnotation("Excepted by EX-1 (approved by Doe, Jane (CISO), valid until 2027-01-31):", Optional.empty()).orElseThrow();
        assertEquals("Doe, Jane (CISO)", x.approver());
        assertEquals(LocalDate.parse("2027-01-31"), x.validUntil());

        AppliedException overdue = AppliedExceptions.fromAnnotation("Exception EX-2 needs attestation every 90 days, last 2026-06-01: off", Optional.empty()).orElseThrow();
        assertEquals(ExceptionStatus.ATTESTATION_OVERDUE, overdue.status());
        assertEquals(LocalDate.parse("2026-08-30"), overdue.validUntil());
    }

    @Test
    void textThatMerelyMentionsAnExceptionIsNotOne() {
        assertFalse(AppliedExceptions.fromAnnotation("Bucket logs to Exception EX-1 expired on 2026-01-01: bucket", Optional.empty()).isPresent());
        assertFalse(AppliedExceptions.fromAnnotation(null, Optional.empty()).isPresent());
    }

    @Test
    void packRuleNamesMapBackToTheProjectsRules() {
        Map<String, Rule> rules = Map.of("s3-access-logging", RuleCatalog.load().select(List.of("s3-access-logging")).rules().get(0));
        DeployedRuleName names = new DeployedRuleName(rules);
        assertTrue(names.ruleOf("s3-access-logging-conformance-pack-a1b2c3d4e").isPresent());
        assertTrue(names.ruleOf("s3-access-logging").isPresent(), "a rule deployed on its own keeps its id");
        assertFalse(names.ruleOf("s3-bucket-logging-enabled-conformance-pack-a1b2c3d4e").isPresent());
        assertFalse(names.ruleOf("-conformance-pack-x").isPresent());
    }
}
