package org.msb.cli.report.html;

import org.msb.cli.report.ReportModel;
import org.msb.cli.report.ReportWriter;

import java.io.Writer;

public final class HtmlReportWriter implements ReportWriter {
    @Override
    public void write(ReportModel report, Writer out) { throw new UnsupportedOperationException("html: not yet"); }
}
