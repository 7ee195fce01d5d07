package org.msb.cli.report.html;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import org.msb.cli.report.ReportModel;
import org.msb.cli.report.ReportWriter;

import java.io.IOException;
import java.io.Writer;

/**
 * One self-contained HTML file: inline CSS and SVG charts, no scripts, no external assets, readable
 * offline and printable. The Mustache template ({@code report.mustache}) HTML-escapes every value.
 */
public final class HtmlReportWriter implements ReportWriter {
    private static final Mustache TEMPLATE = new DefaultMustacheFactory("org/msb/cli/report/html").compile("report.mustache");

    @Override
    public void write(ReportModel report, Writer out) throws IOException {
        TEMPLATE.execute(out, HtmlView.of(report));
        out.flush();
    }
}
