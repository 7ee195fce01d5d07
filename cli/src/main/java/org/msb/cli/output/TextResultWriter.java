package org.msb.cli.output;

import org.msb.cli.scan.RuleError;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.RuleResult;
import org.msb.register.ExceptionStatus;
import org.msb.rule.Compliance;
import org.msb.rule.Rule;
import org.msb.rule.Section;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The terminal summary: counts by baseline section, then every failure with its annotation. */
public final class TextResultWriter implements ResultWriter {

    @Override
    public void write(ScanResult r, Writer w) throws IOException {
        PrintWriter out = new PrintWriter(w);
        out.printf("msb scan of %s%n", r.source());
        out.printf("account %s, region %s, evaluated at %s, %d rules%n%n", r.accountId(), r.region(), r.evaluatedAt(), r.rules().size());

        Map<String, Rule> byId = r.rules().stream().collect(Collectors.toMap(x -> x.spec().id(), Function.identity()));
        String header = String.format("%-30s %5s %9s %13s %8s %5s %12s %6s", "Section", "Rules", "Compliant",
                "NonCompliant", "Excepted", "N/A", "Insufficient", "Errors");
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Section s : Section.values()) {
            long rules = r.rules().stream().filter(x -> x.spec().section() == s).count();
            if (rules == 0) continue;
            List<RuleResult> rs = r.results().stream().filter(x -> byId.get(x.ruleId()).spec().section() == s).toList();
            int errs = (int) r.errors().stream().filter(e -> byId.get(e.ruleId()).spec().section() == s).count();
            row(out, s.title(), rules, ScanResult.counts(rs, errs));
        }
        out.println("-".repeat(header.length()));
        row(out, "Total", r.rules().size(), r.counts());

        List<RuleResult> failures = r.failures();
        out.printf("%nNon-compliant (%d):%n", failures.size());
        for (RuleResult f : failures) line(out, f);
        List<RuleResult> excepted = r.results().stream().filter(RuleResult::compliantByException).toList();
        if (!excepted.isEmpty()) {
            out.printf("%nCompliant by exception (%d):%n", excepted.size());
            for (RuleResult f : excepted) line(out, f);
        }
        List<RuleResult> gaps = r.results().stream().filter(x -> x.compliance() == Compliance.INSUFFICIENT_DATA).toList();
        if (!gaps.isEmpty()) {
            out.printf("%nInsufficient data (%d):%n", gaps.size());
            for (RuleResult f : gaps) line(out, f);
        }
        if (!r.errors().isEmpty()) {
            out.printf("%nErrors (%d):%n", r.errors().size());
            for (RuleError e : r.errors()) out.printf("  %-6s %s%n         %s%n", e.controlId(), e.ruleId(), e.message());
        }
        long expired = r.results().stream().filter(x -> x.exception() != null && x.exception().status() != ExceptionStatus.VALID).count();
        if (expired > 0) out.printf("%n%d failing result(s) have an exception that expired or lacks attestation.%n", expired);
        out.flush();
    }

    private static void row(PrintWriter out, String name, long rules, ScanResult.Counts c) {
        out.printf("%-30s %5d %9d %13d %8d %5d %12d %6d%n", name, rules, c.compliant(), c.nonCompliant(), c.excepted(),
                c.notApplicable(), c.insufficientData(), c.errors());
    }

    private static void line(PrintWriter out, RuleResult f) {
        out.printf("  %-6s %-28s %s %s%n", f.controlId(), f.ruleId(), f.evaluation().resourceType(), f.evaluation().resourceId());
        if (f.evaluation().annotation() != null) out.printf("         %s%n", f.evaluation().annotation());
    }
}
