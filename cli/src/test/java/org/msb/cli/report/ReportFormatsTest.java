package org.msb.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The text, CSV and JSON writers on the hand-made sample (see {@link SampleScans}). */
class ReportFormatsTest {
    final ReportModel report = new ReportBuilder().build(List.of(SampleScans.account1(), SampleScans.account2()), Instant.parse("2026-12-01T00:00:00Z"));

    @Test
    void csv_readBackByAParser_hasHeaderAndOneRowPerAccountControlResource() throws IOException {
        String csv = write(ReportFormat.csv);
        try (CSVParser p = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(List.of(CsvReportWriter.HEADER), p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(6 + 1 + 4, rows.size(), "6 results and 1 error in account 1, 4 results in account 2");
            CSVRecord bad = rows.stream().filter(r -> r.get("resource_id").equals("c-bad")).findFirst().orElseThrow();
            assertEquals("222222222222", bad.get("account_id"));
            assertEquals("DET-4", bad.get("control_id"));
            assertEquals("NON_COMPLIANT", bad.get("state"));
            assertEquals("no <logging> & no luck", bad.get("annotation"));
            assertEquals("EX-2", bad.get("exception_id"));
            assertEquals("EXPIRED", bad.get("exception_status"));
            assertEquals("false", bad.get("exception_expiring_soon"));
            CSVRecord ex = rows.stream().filter(r -> r.get("resource_id").equals("b-public")).findFirst().orElseThrow();
            assertEquals("EXCEPTION", ex.get("state"));
            assertEquals("ciso@example.com", ex.get("exception_approver"));
            assertEquals("2026-12-10", ex.get("exception_valid_until"));
            assertEquals("true", ex.get("exception_expiring_soon"));
            CSVRecord err = rows.stream().filter(r -> r.get("state").equals("ERROR")).findFirst().orElseThrow();
            assertEquals("password-policy", err.get("rule_id"));
            assertEquals("", err.get("resource_id"));
            assertEquals("AWS call failed: AccessDenied", err.get("annotation"));
        }
    }

    @Test
    void json_isMsbReport1_withScoresMatrixAndExceptions() throws IOException {
        JsonObject root = JsonParser.parseString(write(ReportFormat.json)).getAsJsonObject();
        assertEquals("msb-report/1", root.get("format").getAsString());
        JsonObject overall = root.getAsJsonObject("overall");
        assertEquals(5, overall.get("compliant").getAsInt());
        assertEquals(2, overall.get("nonCompliant").getAsInt());
        assertEquals(1, overall.get("compliantByException").getAsInt());
        assertEquals(1, overall.get("errors").getAsInt());
        assertEquals(0.7143, overall.get("score").getAsDouble(), 1e-9);
        JsonObject det = control(root, "DET-4");
        assertEquals(0.6, det.getAsJsonObject("tally").get("score").getAsDouble(), 1e-9);
        JsonObject cell = det.getAsJsonArray("matrix").get(0).getAsJsonObject();
        assertEquals("111111111111", cell.get("accountId").getAsString());
        assertEquals("NON_COMPLIANT", cell.get("state").getAsString());
        assertEquals(1, cell.get("nonCompliant").getAsInt());
        assertEquals("EX-1", cell.getAsJsonArray("exceptionIds").get(0).getAsString());
        assertEquals("ERROR", control(root, "IAM-3").getAsJsonArray("matrix").get(0).getAsJsonObject().get("state").getAsString());
        assertEquals(11, root.getAsJsonArray("results").size());
        JsonObject ex1 = root.getAsJsonArray("exceptions").get(0).getAsJsonObject();
        assertEquals("EX-1", ex1.get("id").getAsString());
        assertEquals("VALID", ex1.get("status").getAsString());
        assertEquals(10, ex1.get("daysLeft").getAsInt());
        assertTrue(ex1.get("expiringSoon").getAsBoolean());
        assertFalse(root.has("trend"), "no trend without --compare");
    }

    @Test
    void text_showsScoresMatrixFailuresAndExpiringExceptions() throws IOException {
        String text = write(ReportFormat.text);
        assertTrue(text.contains("Overall score 71.4%"), text);
        assertTrue(text.matches("(?s).*DET-4 +60\\.0% +NON_COMPLIANT \\(1\\) +NON_COMPLIANT \\(1\\).*"), text);
        assertTrue(text.matches("(?s).*IAM-3 +100\\.0% +ERROR +INSUFFICIENT_DATA.*"), text);
        assertTrue(text.contains("server access logging is off"), text);
        assertTrue(text.contains("Exceptions (2, 1 expiring within 30 days)"), text);
        assertTrue(text.matches("(?s).*EX-1 .*VALID .*until 2026-12-10 \\(10 days\\) EXPIRING SOON.*"), text);
    }

    private String write(ReportFormat f) throws IOException {
        StringWriter w = new StringWriter();
        ReportWriter.of(f).write(report, w);
        return w.toString();
    }

    private static JsonObject control(JsonObject root, String id) {
        for (JsonElement e : root.getAsJsonArray("controls")) {
            if (e.getAsJsonObject().get("controlId").getAsString().equals(id)) return e.getAsJsonObject();
        }
        throw new AssertionError("no control " + id);
    }
}
