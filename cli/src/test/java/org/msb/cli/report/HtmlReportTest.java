package org.msb.cli.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The HTML report: its content and escaping as written, and as Chromium renders it. */
class HtmlReportTest {
    @TempDir Path dir;
    final ReportModel report = new ReportBuilder().build(List.of(SampleScans.account1(), SampleScans.account2()), Instant.parse("2026-12-01T00:00:00Z"));

    @Test
    void html_escapesDataAndUsesNoExternalAssets() throws IOException {
        String html = html(report);
        assertTrue(html.contains("no &lt;logging&gt; &amp; no luck"), "annotations are HTML-escaped");
        assertFalse(html.contains("<logging>"));
        for (String external : List.of("<script", "<link", "src=", "@import", "url(", "https://")) {
            assertFalse(html.contains(external), "self-contained: found " + external);
        }
        Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        while (hrefs.find()) assertTrue(hrefs.group(1).startsWith("#"), "only in-page links: " + hrefs.group(1));
        Matcher http = Pattern.compile("http://[^\"]*").matcher(html);
        while (http.find()) assertEquals("http://www.w3.org/2000/svg", http.group(), "the only URL is the SVG namespace");
    }

    @Test
    void html_containsScoresExceptionsAndExpiringSoon() throws IOException {
        String html = html(report);
        assertTrue(html.contains("id=\"overall-score\">71.4%</span>"), html);
        assertTrue(html.contains("Exceptions (2; 1 expiring within 30 days)"), html);
        assertTrue(html.matches("(?s).*<tr class=\"expiring-soon\"><td>EX-1</td>.*<td class=\"fair\">VALID</td>.*<td>ciso@example.com</td>.*"), html);
        assertTrue(html.matches("(?s).*<td>EX-2</td>.*<td class=\"poor\">EXPIRED</td>.*"), html);
        assertTrue(html.contains("exception EX-2 is EXPIRED (valid until 2026-11-01)"), html);
        assertTrue(html.contains("<details id=\"control-DET-4\" open>"), "a control with failures is opened");
    }

    @Test
    void html_renderedByChromium_hasMatrixAndCharts() throws Exception {
        assumeTrue(Chromium.available(), "skipped: /usr/bin/chromium is missing (apt-get install -y chromium); the CI installs it");
        Path file = Files.writeString(dir.resolve("report.html"), html(report));
        String dom = Chromium.dumpDom(file, dir);

        String matrix = between(dom, "<table class=\"matrix\" id=\"matrix-table\">", "</table>");
        assertEquals(2 * 2, count(matrix, "<td class=\"cell "), "controls x accounts cells");
        assertTrue(matrix.matches("(?s).*<th>111111111111</th><th>222222222222</th>.*"), matrix);
        assertTrue(matrix.matches("(?s).*>DET-4</a></td><td>[^<]*</td><td class=\"num poor\">60.0%</td><td class=\"cell cell-non-compliant\"[^>]*>NON_COMPLIANT \\(1\\)<br><small>\\+ by exception: EX-1</small></td>"
                + "<td class=\"cell cell-non-compliant\"[^>]*>NON_COMPLIANT \\(1\\)</td>.*"), matrix);
        assertTrue(matrix.matches("(?s).*>IAM-3</a>.*<td class=\"cell cell-error\"[^>]*>ERROR</td><td class=\"cell cell-insufficient-data\"[^>]*>INSUFFICIENT_DATA</td>.*"), matrix);

        String sections = between(dom, "<svg class=\"chart\" id=\"chart-sections\"", "</svg>");
        assertEquals(2, count(sections, "<rect class=\"bar "), "one bar per section (IAM, DET)");
        assertTrue(sections.contains(">DET Detective Controls</text>") && sections.contains(">60.0%</text>"), sections);
        String accounts = between(dom, "<svg class=\"chart\" id=\"chart-accounts\"", "</svg>");
        assertEquals(2, count(accounts, "<rect class=\"bar "));
        assertTrue(accounts.matches("(?s).*<rect class=\"bar fair\" x=\"230\" y=\"8\" width=\"240\".*"), "75% of 320 px: " + accounts);
        assertTrue(accounts.matches("(?s).*<rect class=\"bar poor\" x=\"230\" y=\"36\" width=\"213\".*"), "66.7% of 320 px: " + accounts);
    }

    /** Writes the demo account's report and its screenshot when -Dmsb.screenshot=FILE is given (docs/screenshot.sh). */
    @Test
    void html_demoScreenshot() throws Exception {
        String target = System.getProperty("msb.screenshot");
        assumeTrue(target != null, "skipped: pass -Dmsb.screenshot=FILE to write the demo report's screenshot (docs/screenshot.sh)");
        assumeTrue(Chromium.available(), "skipped: /usr/bin/chromium is missing");
        var catalog = org.msb.cli.scan.RuleCatalog.load();
        var inputs = new ReportSources(catalog).load(List.of(), List.of(), null);
        ReportModel demo = new ReportBuilder().build(inputs.stream().map(ReportInput::scan).toList(), inputs.get(0).scan().evaluatedAt());
        Path file = Files.writeString(Path.of(target).resolveSibling("report-demo.html"), html(demo));
        Chromium.screenshot(file, Path.of(target), dir);
        assertTrue(Files.size(Path.of(target)) > 10_000, "a real screenshot, not an empty image");
    }

    static String html(ReportModel r) throws IOException {
        StringWriter w = new StringWriter();
        ReportWriter.of(ReportFormat.html).write(r, w);
        return w.toString();
    }

    static String between(String s, String start, String end) {
        int a = s.indexOf(start);
        assertTrue(a >= 0, "missing " + start);
        int b = s.indexOf(end, a);
        return s.substring(a, b + end.length());
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
