package org.msb.cli.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one format. */
public interface ReportWriter {
    void write(ReportModel report, Writer out) throws IOException;

    static ReportWriter of(ReportFormat f) {
        return switch (f) {
            case text -> new TextReportWriter();
            case csv -> new CsvReportWriter();
            case json -> new JsonReportWriter();
            case html -> new org.msb.cli.report.html.HtmlReportWriter();
            case asff, ocsf -> throw new IllegalArgumentException(f + " findings are written from the scans (FindingsWriter), not from the report");
        };
    }
}
