package org.msb.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msb.cli.CliRun;
import org.msb.cli.ExitCodes;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.AppliedException;
import org.msb.engine.RuleResult;
import org.msb.register.ExceptionStatus;
import org.msb.rule.Compliance;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;
import static org.msb.cli.report.SampleScans.*;

/**
 * The earlier report is the sample ({@link SampleScans}: DET-4 60.0%, IAM-3 100.0%, overall 71.4%), read back
 * from its JSON. Since then, in account 1: b-bad was fixed, b-ok-1 started failing, IAM-3 evaluates (COMPLIANT)
 * instead of erroring; in account 2: c-bad got a valid exception.
 * Now, by hand: DET-4 3/4 = 75.0% (+15.0 pp), IAM-3 3/3 = 100.0% (+0.0), account 1 4/5 = 80.0% (+5.0 pp),
 * account 2 2/2 = 100.0% (+33.3 pp), overall 6/7 = 85.7% (+14.3 pp).
 */
class TrendTest {
    @TempDir Path dir;

    @Test
    void trend_scoreDeltasAndResourceChanges_handComputed() throws IOException {
        Trend t = new TrendCalculator().compare(earlier(), now());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), t.earlierGeneratedAt());
        assertEquals("+14.3 pp", t.overall().deltaText());
        assertEquals("+15.0 pp", change(t.controls(), "DET-4").deltaText());
        assertEquals("+0.0 pp", change(t.controls(), "IAM-3").deltaText());
        assertFalse(change(t.controls(), "IAM-3").better() || change(t.controls(), "IAM-3").worse());
        assertEquals("+5.0 pp", change(t.accounts(), "111111111111").deltaText());
        assertEquals("+33.3 pp", change(t.accounts(), "222222222222").deltaText());

        assertEquals(List.of("b-ok-1"), t.newlyFailing().stream().map(Trend.ResourceChange::resourceId).toList());
        assertEquals(ResultState.COMPLIANT, t.newlyFailing().get(0).before());
        assertEquals(List.of("b-bad"), t.fixed().stream().map(Trend.ResourceChange::resourceId).toList());
        List<String> other = t.otherChanges().stream().map(c -> c.resourceId() + ":" + c.before() + "->" + c.after()).toList();
        assertEquals(List.of("111111111111:null->COMPLIANT", "c-bad:NON_COMPLIANT->EXCEPTION", ":ERROR->null"), other,
                "passing by a new exception is not 'fixed'; the rule error is gone and the account result is new");
    }

    @Test
    void trend_inEveryFormat() throws IOException {
        ReportModel r = now().withTrend(new TrendCalculator().compare(earlier(), now()));
        String text = write(r, ReportFormat.text);
        assertTrue(text.contains("Trend since 2026-11-01T00:00:00Z: overall 71.4% -> 85.7% (+14.3 pp)"), text);
        assertTrue(text.matches("(?s).*DET-4 +60\\.0% -> +75\\.0% +\\+15\\.0 pp.*"), text);
        assertTrue(text.contains("Newly failing (1)") && text.contains("Fixed (1)"), text);

        JsonObject trend = JsonParser.parseString(write(r, ReportFormat.json)).getAsJsonObject().getAsJsonObject("trend");
        assertEquals(0.1428, trend.getAsJsonObject("overall").get("delta").getAsDouble(), 1e-4);
        assertEquals("b-ok-1", trend.getAsJsonArray("newlyFailing").get(0).getAsJsonObject().get("resourceId").getAsString());
        assertEquals("b-bad", trend.getAsJsonArray("fixed").get(0).getAsJsonObject().get("resourceId").getAsString());

        try (CSVParser p = CSVParser.parse(new StringReader(write(r, ReportFormat.csv)), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals("NEWLY_FAILING", row(rows, "b-ok-1").get("change"));
            assertEquals("FIXED", row(rows, "b-bad").get("change"));
            assertEquals("CHANGED from NON_COMPLIANT", row(rows, "c-bad").get("change"));
            assertEquals("", row(rows, "b-ok-2").get("change"));
        }
        String html = HtmlReportTest.html(r);
        assertTrue(html.contains("<h2>Trend since 2026-11-01T00:00:00Z</h2>"), html);
        assertTrue(html.contains("<h3>Newly failing (1)</h3>"), html);
        assertTrue(html.contains("<li class=\"poor\">DET-4 111111111111 AWS::S3::Bucket b-ok-1: COMPLIANT &rarr; NON_COMPLIANT</li>"), html);
        assertTrue(html.contains("<td class=\"num good\">+15.0 pp</td>"), html);
    }

    @Test
    void compare_cli_demoAgainstAnEditedEarlierReport() throws IOException {
        Path earlier = dir.resolve("earlier.json");
        assertEquals(ExitCodes.OK, CliRun.of("report", "--format", "json", "-o", earlier.toString()).exitCode());
        CliRun same = CliRun.of("report", "--compare", earlier.toString());
        assertTrue(same.out().matches("(?s).*Trend since .*\\(\\+0\\.0 pp\\)\n"), "no control and no resource changed: " + same.out());
        JsonObject sameJson = JsonParser.parseString(CliRun.of("report", "--format", "json", "--compare", earlier.toString()).out())
                .getAsJsonObject().getAsJsonObject("trend");
        for (JsonElement c : sameJson.getAsJsonArray("controls")) {
            JsonObject o = c.getAsJsonObject();
            if (o.get("after").isJsonNull()) assertTrue(o.get("delta").isJsonNull(), "nothing scored, no delta: " + o);
            else assertEquals(0.0, o.get("delta").getAsDouble(), 0.0, "against its own JSON: " + o);
        }

        // earlier, examplecorp-prod-tmp-exports passed: now it is newly failing
        JsonObject root = JsonParser.parseString(Files.readString(earlier)).getAsJsonObject();
        for (JsonElement e : root.getAsJsonArray("results")) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("ruleId").getAsString().equals("s3-access-logging") && o.get("resourceId").getAsString().equals("examplecorp-prod-tmp-exports")) {
                o.addProperty("state", "COMPLIANT");
            }
        }
        Files.writeString(earlier, root.toString());
        CliRun run = CliRun.of("report", "--format", "json", "--compare", earlier.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonObject trend = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonObject("trend");
        assertEquals(1, trend.getAsJsonArray("newlyFailing").size());
        assertEquals("examplecorp-prod-tmp-exports", trend.getAsJsonArray("newlyFailing").get(0).getAsJsonObject().get("resourceId").getAsString());
        assertEquals(0, trend.getAsJsonArray("fixed").size());

        Path scan = Files.writeString(dir.resolve("scan.json"), CliRun.of("scan", "--format", "json").out());
        CliRun wrong = CliRun.of("report", "--compare", scan.toString());
        assertEquals(ExitCodes.FAILED, wrong.exitCode());
        assertTrue(wrong.err().contains("scan.json: not a report to compare with (\"format\" is \"msb-scan/1\""), wrong.err());
    }

    private static EarlierReport earlier() {
        ReportModel r = new ReportBuilder().build(List.of(account1(), account2()), Instant.parse("2026-11-01T00:00:00Z"));
        return EarlierReport.of(JsonReportWriter.toJson(r), "earlier.json");
    }

    private static ReportModel now() {
        ScanResult a1 = account1(), a2 = account2();
        List<RuleResult> r1 = new ArrayList<>();
        for (RuleResult x : a1.results()) {
            String id = x.evaluation().resourceId();
            if (id.equals("b-bad")) r1.add(r(S3, "DET-4", id, Compliance.COMPLIANT, null, null));
            else if (id.equals("b-ok-1")) r1.add(r(S3, "DET-4", id, Compliance.NON_COMPLIANT, "logging switched off", null));
            else r1.add(x);
        }
        r1.add(r(PW, "IAM-3", "111111111111", Compliance.COMPLIANT, null, null));
        List<RuleResult> r2 = new ArrayList<>();
        for (RuleResult x : a2.results()) {
            if (x.evaluation().resourceId().equals("c-bad")) {
                r2.add(r(S3, "DET-4", "c-bad", Compliance.COMPLIANT, "excepted", new AppliedException("EX-3", ExceptionStatus.VALID,
                        "cto@example.com", "renewed", LocalDate.parse("2027-06-30"), "register.yaml")));
            } else r2.add(x);
        }
        return new ReportBuilder().build(List.of(
                new ScanResult(a1.source(), a1.accountId(), a1.region(), AT, a1.rules(), r1, List.of()),
                new ScanResult(a2.source(), a2.accountId(), a2.region(), AT, a2.rules(), r2, List.of())), Instant.parse("2026-12-01T00:00:00Z"));
    }

    private static Trend.ScoreChange change(List<Trend.ScoreChange> cs, String name) {
        return cs.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    private static CSVRecord row(List<CSVRecord> rows, String resource) {
        return rows.stream().filter(r -> r.get("resource_id").equals(resource)).findFirst().orElseThrow();
    }

    private static String write(ReportModel r, ReportFormat f) throws IOException {
        StringWriter w = new StringWriter();
        ReportWriter.of(f).write(r, w);
        return w.toString();
    }
}
