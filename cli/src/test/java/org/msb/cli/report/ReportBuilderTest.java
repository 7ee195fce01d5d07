package org.msb.cli.report;

import org.junit.jupiter.api.Test;
import org.msb.register.ExceptionStatus;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ReportBuilderTest {
    final ReportModel report = new ReportBuilder().build(List.of(SampleScans.account1(), SampleScans.account2()), Instant.parse("2026-12-01T00:00:00Z"));
    final AccountKey a1 = report.matrix().accounts().get(0), a2 = report.matrix().accounts().get(1);

    @Test
    void scores_areCompliantOverCompliantPlusNonCompliant_handComputed() {
        assertEquals(new Tally(5, 2, 1, 1, 1, 1), report.overall());
        assertEquals(5.0 / 7, report.overall().score(), 1e-12);
        assertEquals("71.4%", report.overall().percent());
        assertEquals("60.0%", control("DET-4").tally().percent());
        assertEquals("100.0%", control("IAM-3").tally().percent());
        assertEquals("75.0%", report.accounts().get(0).tally().percent());
        assertEquals("66.7%", report.accounts().get(1).tally().percent());
        SectionReport det = report.sections().stream().filter(s -> s.section().name().equals("DET")).findFirst().orElseThrow();
        assertEquals(new Tally(3, 2, 1, 1, 0, 0), det.tally());
    }

    @Test
    void scores_nothingScored_isNotAPass() {
        Tally onlyExceptionsAndGaps = new Tally(0, 0, 4, 2, 1, 1);
        assertNull(onlyExceptionsAndGaps.score());
        assertEquals("n/a", onlyExceptionsAndGaps.percent());
    }

    @Test
    void matrix_cellsShowStateCountsAndExceptionIds() {
        assertEquals(List.of("IAM-3", "DET-4"), report.matrix().controlIds(), "baseline order: IAM before DET");
        assertEquals("111111111111", a1.label(), "one region per account: the label is the account id");
        MatrixCell c = report.matrix().cell("DET-4", a1);
        assertEquals(CellState.NON_COMPLIANT, c.state());
        assertEquals(1, c.tally().nonCompliant());
        assertEquals(List.of("EX-1"), c.exceptionIds());
        assertEquals("NON_COMPLIANT (1)", c.text());
        assertEquals(CellState.ERROR, report.matrix().cell("IAM-3", a1).state());
        assertEquals(CellState.NON_COMPLIANT, report.matrix().cell("DET-4", a2).state());
        assertEquals(List.of(), report.matrix().cell("DET-4", a2).exceptionIds(), "an expired exception does not make an EXCEPTION cell");
        assertEquals(CellState.INSUFFICIENT_DATA, report.matrix().cell("IAM-3", a2).state());
    }

    @Test
    void exceptions_statusApproverAndExpiringSoon() {
        assertEquals(2, report.exceptions().size());
        ExceptionEntry ex1 = report.exceptions().stream().filter(e -> e.id().equals("EX-1")).findFirst().orElseThrow();
        assertEquals(ExceptionStatus.VALID, ex1.status());
        assertEquals("ciso@example.com", ex1.approver());
        assertEquals(10, ex1.daysLeft());
        assertTrue(ex1.expiringSoon());
        ExceptionEntry ex2 = report.exceptions().stream().filter(e -> e.id().equals("EX-2")).findFirst().orElseThrow();
        assertEquals(ExceptionStatus.EXPIRED, ex2.status());
        assertFalse(ex2.expiringSoon(), "already expired is not 'expiring soon'");
        assertEquals(List.of(ex1), report.expiringSoon());
    }

    @Test
    void controls_carryBaselineFailuresAndIncomplete() {
        ControlReport det = control("DET-4");
        assertFalse(det.baseline().isBlank());
        assertEquals(List.of("s3-access-logging"), det.ruleIds());
        assertEquals(List.of("b-bad", "c-bad"), det.failures().stream().map(ResultRow::resourceId).toList());
        assertEquals("server access logging is off", det.failures().get(0).annotation());
        assertEquals(List.of(ResultState.ERROR, ResultState.INSUFFICIENT_DATA), control("IAM-3").incomplete().stream().map(ResultRow::state).toList());
    }

    @Test
    void accounts_severalRegionsOfOneAccount_labelledWithRegion() {
        var s1 = SampleScans.account1();
        var s2 = new org.msb.cli.scan.ScanResult("x", s1.accountId(), "us-east-1", s1.evaluatedAt(), s1.rules(), s1.results(), s1.errors());
        ReportModel r = new ReportBuilder().build(List.of(s1, s2, SampleScans.account2()), Instant.EPOCH);
        assertEquals(List.of("111111111111/eu-west-1", "111111111111/us-east-1", "222222222222"),
                r.matrix().accounts().stream().map(AccountKey::label).toList());
        // password-policy is global: its error in account 1 is one account-wide fact, counted once;
        // s3-access-logging is regional: both regions' buckets count
        assertTrue(r.controls().stream().anyMatch(c -> c.ruleIds().contains("password-policy")));
        assertEquals(new Tally(3, 1, 1, 1, 0, 1), r.accounts().get(1).tally(), "each region's own figures keep the global rule's error");
        // account 1: S3 3+3 compliant, 1+1 non-compliant, 1+1 excepted, 1+1 N/A, the IAM-3 error once; account 2: S3 1 NC, IAM-3 2 C + 1 insufficient
        assertEquals(new Tally(3 + 3 + 2, 1 + 1 + 1, 2, 2, 1, 1), r.overall(), "overall: the global rule's error once, regional results per region");
        assertEquals(CellState.ERROR, r.matrix().cell("IAM-3", r.matrix().accounts().get(1)).state(), "each region's cell still shows it");
        assertEquals(2, r.controls().stream().filter(c -> c.controlId().equals("IAM-3")).findFirst().orElseThrow().incomplete().size(),
                "one error for account 1 (not two) and account 2's insufficient data");
    }

    @Test
    void accounts_sameAccountAndRegionTwice_isAnErrorNamingThem() {
        var ex = assertThrows(InvalidReportInputException.class,
                () -> new ReportBuilder().build(List.of(SampleScans.account1(), SampleScans.account1()), Instant.EPOCH));
        assertTrue(ex.getMessage().contains("111111111111 in eu-west-1"), ex.getMessage());
    }

    private ControlReport control(String id) {
        return report.controls().stream().filter(c -> c.controlId().equals(id)).findFirst().orElseThrow();
    }
}
