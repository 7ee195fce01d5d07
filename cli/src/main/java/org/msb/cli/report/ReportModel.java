package org.msb.cli.report;

import java.time.Instant;
import java.util.List;

/**
 * A conformance report over one or more scans (one per account and region): what every output format
 * renders. {@code trend} is null unless an earlier report was given to compare with.
 */
public record ReportModel(Instant generatedAt, List<AccountReport> accounts, List<SectionReport> sections,
                          List<ControlReport> controls, ComplianceMatrix matrix, Tally overall, List<ResultRow> rows,
                          List<ExceptionEntry> exceptions, Trend trend) {
    public ReportModel {
        accounts = List.copyOf(accounts);
        sections = List.copyOf(sections);
        controls = List.copyOf(controls);
        rows = List.copyOf(rows);
        exceptions = List.copyOf(exceptions);
    }

    public ReportModel withTrend(Trend t) {
        return new ReportModel(generatedAt, accounts, sections, controls, matrix, overall, rows, exceptions, t);
    }

    public List<ExceptionEntry> expiringSoon() { return exceptions.stream().filter(ExceptionEntry::expiringSoon).toList(); }
}
