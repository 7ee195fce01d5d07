package org.msb.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/** The terminal summary: scores (overall, by section and account), the matrix, failures, exceptions, trend. */
public final class TextReportWriter implements ReportWriter {

    @Override
    public void write(ReportModel r, Writer w) throws IOException {
        PrintWriter out = new PrintWriter(w);
        out.printf("msb report, %d account(s), %d control(s)%n", r.accounts().size(), r.controls().size());
        for (AccountReport a : r.accounts()) {
            out.printf("  %-26s %s, evaluated at %s: %s%n", a.key().label(), a.key().region(), a.evaluatedAt(), a.source());
        }
        out.printf("%nOverall score %s  (score = compliant / (compliant + non-compliant); exceptions, N/A, insufficient data and errors never count as passes)%n",
                r.overall().percent());
        String header = String.format("%-32s %7s %9s %12s %9s %5s %12s %6s", "", "Score", "Compliant", "NonCompliant",
                "Exception", "N/A", "Insufficient", "Errors");
        out.println();
        out.println(header);
        out.println("-".repeat(header.length()));
        for (SectionReport s : r.sections()) row(out, s.section().name() + " " + s.section().title(), s.tally());
        out.println("-".repeat(header.length()));
        for (AccountReport a : r.accounts()) row(out, "account " + a.key().label(), a.tally());
        out.println("-".repeat(header.length()));
        row(out, "Overall", r.overall());

        out.printf("%nControl x account matrix%n");
        StringBuilder head = new StringBuilder(String.format("%-8s %7s", "Control", "Score"));
        for (AccountKey a : r.matrix().accounts()) head.append(String.format("  %-26s", a.label()));
        out.println(head.toString().stripTrailing());
        for (ControlReport c : r.controls()) {
            StringBuilder line = new StringBuilder(String.format("%-8s %7s", c.controlId(), c.tally().percent()));
            for (MatrixCell m : r.matrix().row(c.controlId())) line.append(String.format("  %-26s", m.text()));
            out.println(line.toString().stripTrailing());
        }

        List<ControlReport> failing = r.controls().stream().filter(c -> !c.failures().isEmpty()).toList();
        if (!failing.isEmpty()) {
            out.printf("%nFailing resources%n");
            for (ControlReport c : failing) {
                out.printf("  %s %s (%s)%n", c.controlId(), c.title(), String.join(", ", c.ruleIds()));
                for (ResultRow f : c.failures()) {
                    out.printf("    %-14s %s %s%n", f.account().label(), f.resourceType(), f.resourceId());
                    if (f.annotation() != null) out.printf("      %s%n", f.annotation());
                    if (f.exception() != null) out.printf("      exception %s is %s (valid until %s)%n", f.exception().id(),
                            f.exception().status(), f.exception().validUntilText());
                }
            }
        }
        List<ResultRow> incomplete = r.controls().stream().flatMap(c -> c.incomplete().stream()).toList();
        if (!incomplete.isEmpty()) {
            out.printf("%nNot fully evaluated (%d)%n", incomplete.size());
            for (ResultRow x : incomplete) {
                out.printf("  %-6s %-14s %-17s %s%n", x.controlId(), x.account().label(), x.state(), x.annotation() == null ? "" : x.annotation());
            }
        }
        if (!r.exceptions().isEmpty()) {
            out.printf("%nExceptions (%d, %d expiring within %d days)%n", r.exceptions().size(), r.expiringSoon().size(), ExceptionEntry.SOON_DAYS);
            for (ExceptionEntry e : r.exceptions()) {
                out.printf("  %-12s %-6s %-14s %-20s until %s (%s)%s  approver %s  %s%n", e.id(), e.controlId(), e.account().label(),
                        e.status(), e.validUntilText(), e.daysLeftText(), e.expiringSoon() ? " EXPIRING SOON" : "", e.approver(), e.resourceId());
            }
        }
        if (r.trend() != null) trend(out, r.trend());
        out.flush();
    }

    private static void trend(PrintWriter out, Trend t) {
        out.printf("%nTrend since %s: overall %s -> %s (%s)%n", t.earlierGeneratedAt(), Scores.percent(t.overall().before()),
                Scores.percent(t.overall().after()), t.overall().deltaText());
        for (Trend.ScoreChange c : t.controls()) {
            if (c.better() || c.worse()) out.printf("  %-8s %7s -> %7s  %s%n", c.name(), Scores.percent(c.before()), Scores.percent(c.after()), c.deltaText());
        }
        changes(out, "Newly failing", t.newlyFailing());
        changes(out, "Fixed", t.fixed());
        changes(out, "Other changes", t.otherChanges());
    }

    private static void changes(PrintWriter out, String title, List<Trend.ResourceChange> cs) {
        if (cs.isEmpty()) return;
        out.printf("  %s (%d)%n", title, cs.size());
        for (Trend.ResourceChange c : cs) {
            out.printf("    %-6s %-14s %s %s: %s -> %s%n", c.controlId(), c.account(), c.resourceType(), c.resourceId(),
                    c.before() == null ? "not reported" : c.before(), c.after() == null ? "not reported" : c.after());
        }
    }

    private static void row(PrintWriter out, String name, Tally t) {
        out.printf("%-32s %7s %9d %12d %9d %5d %12d %6d%n", name.length() > 32 ? name.substring(0, 32) : name, t.percent(),
                t.compliant(), t.nonCompliant(), t.excepted(), t.notApplicable(), t.insufficientData(), t.errors());
    }
}
