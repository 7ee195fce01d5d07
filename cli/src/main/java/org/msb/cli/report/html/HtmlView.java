package org.msb.cli.report.html;

import org.msb.cli.report.AccountReport;
import org.msb.cli.report.CellState;
import org.msb.cli.report.ControlReport;
import org.msb.cli.report.ExceptionEntry;
import org.msb.cli.report.MatrixCell;
import org.msb.cli.report.ReportModel;
import org.msb.cli.report.ResultRow;
import org.msb.cli.report.Scores;
import org.msb.cli.report.SectionReport;
import org.msb.cli.report.Tally;
import org.msb.cli.report.Trend;
import org.msb.register.ExceptionStatus;

import java.util.List;

/**
 * What the HTML template shows, precomputed: texts, CSS classes and chart geometry. Every string here is
 * data; the template HTML-escapes each one.
 */
public record HtmlView(String generatedAt, List<Account> accounts, Counts overall, BarChart sectionChart, BarChart accountChart,
                       List<String> matrixAccounts, List<MatrixRow> matrix, List<Section> sections, List<ExceptionRow> exceptions,
                       int expiringSoon, int soonDays, TrendView trend) {

    public record Account(String label, String region, String source, String evaluatedAt, Counts counts) {}

    public record Counts(String percent, String scoreClass, int compliant, int nonCompliant, int excepted, int notApplicable,
                         int insufficientData, int errors) {
        static Counts of(Tally t) {
            return new Counts(t.percent(), HtmlView.scoreClass(t.score()), t.compliant(), t.nonCompliant(), t.excepted(), t.notApplicable(),
                    t.insufficientData(), t.errors());
        }
    }

    public record MatrixRow(String controlId, String title, String anchor, Counts counts, List<Cell> cells) {}

    /** {@code note}: the exceptions of a cell whose state is not EXCEPTION (e.g. a failing control with some resources excepted). */
    public record Cell(String text, String note, String cssClass, String tooltip) {}

    public record Section(String name, String title, Counts counts, List<Control> controls) {}

    public record Control(String controlId, String anchor, String title, String baseline, String rules, String severity, Counts counts,
                          List<Finding> failures, List<Finding> incomplete, List<ExceptionRow> exceptions, boolean open) {
        public boolean hasFailures() { return !failures.isEmpty(); }
        public boolean hasIncomplete() { return !incomplete.isEmpty(); }
        public boolean hasExceptions() { return !exceptions.isEmpty(); }
    }

    public record Finding(String account, String state, String resourceType, String resourceId, String annotation, String exception) {}

    public record ExceptionRow(String id, String account, String controlId, String anchor, String resource, String status, String statusClass,
                            String approver, String reason, String validUntil, String daysLeft, boolean soon) {}

    public record TrendView(String comparedWith, String overallBefore, String overallAfter, String overallDelta,
                            List<ScoreDelta> controls, List<Change> newlyFailing, List<Change> fixed, List<Change> other) {
        public boolean hasControls() { return !controls.isEmpty(); }
    }

    public record ScoreDelta(String name, String before, String after, String delta, String cssClass) {}

    public record Change(String account, String controlId, String resource, String before, String after) {}

    static String scoreClass(Double s) {
        if (s == null) return "na";
        return s >= 0.9 ? "good" : s >= 0.7 ? "fair" : "poor";
    }

    static String anchor(String controlId) { return "control-" + controlId; }

    static HtmlView of(ReportModel r) {
        List<Account> accounts = r.accounts().stream().map(a -> new Account(a.key().label(), a.key().region(), a.source(),
                a.evaluatedAt().toString(), Counts.of(a.tally()))).toList();
        BarChart bySection = BarChart.of("Score by section", r.sections().stream().map(s -> s.section().name() + " " + s.section().title()).toList(),
                r.sections().stream().map(SectionReport::tally).toList());
        BarChart byAccount = BarChart.of("Score by account", r.accounts().stream().map(a -> a.key().label()).toList(),
                r.accounts().stream().map(AccountReport::tally).toList());
        List<MatrixRow> matrix = r.controls().stream().map(c -> new MatrixRow(c.controlId(), c.title(), anchor(c.controlId()),
                Counts.of(c.tally()), r.matrix().row(c.controlId()).stream().map(HtmlView::cell).toList())).toList();
        List<Section> sections = r.sections().stream().map(s -> new Section(s.section().name(), s.section().title(), Counts.of(s.tally()),
                r.controls().stream().filter(c -> c.section() == s.section()).map(HtmlView::control).toList())).toList();
        return new HtmlView(r.generatedAt().toString(), accounts, Counts.of(r.overall()), bySection, byAccount,
                r.matrix().accounts().stream().map(a -> a.label()).toList(), matrix, sections,
                r.exceptions().stream().map(HtmlView::exception).toList(), r.expiringSoon().size(), ExceptionEntry.SOON_DAYS,
                r.trend() == null ? null : trend(r.trend()));
    }

    private static Cell cell(MatrixCell m) {
        String css = "cell-" + m.state().name().toLowerCase().replace('_', '-');
        Tally t = m.tally();
        String tip = m.state() == CellState.NOT_SCANNED ? "not part of this account's scan"
                : String.format("%d compliant, %d non-compliant, %d by exception, %d not applicable, %d insufficient data, %d errors",
                t.compliant(), t.nonCompliant(), t.excepted(), t.notApplicable(), t.insufficientData(), t.errors());
        String note = m.state() != CellState.EXCEPTION && !m.exceptionIds().isEmpty()
                ? "+ by exception: " + String.join(", ", m.exceptionIds()) : null;
        return new Cell(m.text(), note, css, tip);
    }

    private static Control control(ControlReport c) {
        boolean open = !c.failures().isEmpty() || !c.incomplete().isEmpty();
        return new Control(c.controlId(), anchor(c.controlId()), c.title(), c.baseline(), String.join(", ", c.ruleIds()),
                c.severity().name(), Counts.of(c.tally()), c.failures().stream().map(HtmlView::finding).toList(),
                c.incomplete().stream().map(HtmlView::finding).toList(), c.exceptions().stream().map(HtmlView::exception).toList(), open);
    }

    private static Finding finding(ResultRow x) {
        String ex = x.exception() == null ? null
                : "exception " + x.exception().id() + " is " + x.exception().status() + " (valid until " + x.exception().validUntilText() + ")";
        return new Finding(x.account().label(), x.state().name(), x.resourceType(), x.resourceId(), x.annotation(), ex);
    }

    private static ExceptionRow exception(ExceptionEntry e) {
        String cls = e.status() != ExceptionStatus.VALID ? "poor" : e.expiringSoon() ? "fair" : "good";
        return new ExceptionRow(e.id(), e.account().label(), e.controlId(), anchor(e.controlId()), e.resourceType() + " " + e.resourceId(),
                e.status().name(), cls, e.approver(), e.reason(), e.validUntilText(), e.daysLeft() == null ? "unknown" : String.valueOf(e.daysLeft()), e.expiringSoon());
    }

    private static TrendView trend(Trend t) {
        List<ScoreDelta> controls = t.controls().stream().filter(c -> c.better() || c.worse()).map(c -> new ScoreDelta(c.name(),
                Scores.percent(c.before()), Scores.percent(c.after()), c.deltaText(), c.better() ? "good" : "poor")).toList();
        return new TrendView(t.earlierGeneratedAt().toString(), Scores.percent(t.overall().before()), Scores.percent(t.overall().after()),
                t.overall().deltaText(), controls, changes(t.newlyFailing()), changes(t.fixed()), changes(t.otherChanges()));
    }

    private static List<Change> changes(List<Trend.ResourceChange> cs) {
        return cs.stream().map(c -> new Change(c.account(), c.controlId(), c.resourceType() + " " + c.resourceId(),
                c.before() == null ? "not reported" : c.before().name(), c.after() == null ? "not reported" : c.after().name())).toList();
    }
}
