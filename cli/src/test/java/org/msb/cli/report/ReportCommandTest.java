package org.msb.cli.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msb.cli.CliRun;
import org.msb.cli.ExitCodes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code msb report} end to end: the demo account, scan files read back, and bad input. */
class ReportCommandTest {
    @TempDir Path dir;

    @Test
    void report_demo_jsonCountsEqualTheScansSummary() {
        JsonObject scan = JsonParser.parseString(CliRun.of("scan", "--format", "json").out()).getAsJsonObject();
        CliRun run = CliRun.of("report", "--format", "json");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject s = scan.getAsJsonObject("summary"), o = report.getAsJsonObject("overall");
        assertEquals(s.get("compliant").getAsInt(), o.get("compliant").getAsInt());
        assertEquals(s.get("nonCompliant").getAsInt(), o.get("nonCompliant").getAsInt());
        assertEquals(s.get("compliantByException").getAsInt(), o.get("compliantByException").getAsInt());
        assertEquals(s.get("notApplicable").getAsInt(), o.get("notApplicable").getAsInt());
        double expected = s.get("compliant").getAsDouble() / (s.get("compliant").getAsInt() + s.get("nonCompliant").getAsInt());
        assertEquals(expected, o.get("score").getAsDouble(), 1e-4);
        assertEquals(scan.getAsJsonArray("rules").size(), report.getAsJsonArray("controls").size(), "one rule per control in this build");
        assertEquals(report.getAsJsonArray("results").size(), scan.getAsJsonArray("results").size() + scan.getAsJsonArray("errors").size());
        assertEquals("111122223333", report.getAsJsonArray("accounts").get(0).getAsJsonObject().get("accountId").getAsString());
    }

    @Test
    void report_fromScanFiles_sameResultsAsScanningDirectly_andSeveralRegions() throws IOException {
        Path scan = dir.resolve("scan.json");
        assertEquals(ExitCodes.NON_COMPLIANT, CliRun.of("scan", "--format", "json", "-o", scan.toString()).exitCode());
        JsonObject other = JsonParser.parseString(Files.readString(scan)).getAsJsonObject();
        other.addProperty("region", "us-east-1");
        Path scan2 = Files.writeString(dir.resolve("scan-us.json"), other.toString());

        JsonObject direct = JsonParser.parseString(CliRun.of("report", "--format", "json").out()).getAsJsonObject();
        CliRun run = CliRun.of("report", "--format", "json", "--scan", scan.toString(), "--scan", scan2.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonObject fromFiles = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray accounts = fromFiles.getAsJsonArray("accounts");
        assertEquals("111122223333/eu-west-1", accounts.get(0).getAsJsonObject().get("account").getAsString());
        assertEquals("111122223333/us-east-1", accounts.get(1).getAsJsonObject().get("account").getAsString());
        // the second region repeats regional results; a global rule's results count once per account
        java.util.Set<String> global = new java.util.HashSet<>();
        org.msb.cli.scan.RuleCatalog.load().rules().forEach(r -> { if (r.spec().global()) global.add(r.spec().id()); });
        long regionalFailures = direct.getAsJsonArray("results").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(o -> o.get("state").getAsString().equals("NON_COMPLIANT") && !global.contains(o.get("ruleId").getAsString())).count();
        long regionalExceptions = direct.getAsJsonArray("exceptions").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(o -> !global.contains(o.get("ruleId").getAsString())).count();
        assertTrue(regionalFailures > 0 && regionalFailures < direct.getAsJsonObject("overall").get("nonCompliant").getAsInt(), "the demo has both kinds");
        assertEquals(direct.getAsJsonObject("overall").get("nonCompliant").getAsInt() + regionalFailures,
                fromFiles.getAsJsonObject("overall").get("nonCompliant").getAsInt());
        assertEquals(direct.getAsJsonArray("exceptions").size() + regionalExceptions, fromFiles.getAsJsonArray("exceptions").size());
        assertEquals(direct.getAsJsonObject("overall").get("nonCompliant").getAsInt(),
                accounts.get(1).getAsJsonObject().getAsJsonObject("tally").get("nonCompliant").getAsInt(), "each region's own figures are whole");
        assertEquals(direct.getAsJsonArray("results").get(0), withAccount(fromFiles.getAsJsonArray("results").get(0).getAsJsonObject(), "111122223333"),
                "a result read back from the scan file is the result scanned");
    }

    @Test
    void report_unknownRuleInScanFile_exitsOneNamingFileAndRule() throws IOException {
        Path scan = dir.resolve("scan.json");
        CliRun.of("scan", "--format", "json", "-o", scan.toString());
        Path bad = Files.writeString(dir.resolve("bad.json"), Files.readString(scan).replaceFirst("\"ruleId\": \"[a-z0-9-]+\"", "\"ruleId\": \"no-such-rule\""));
        CliRun run = CliRun.of("report", "--scan", bad.toString());
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.err().contains("bad.json: rules[0]: unknown rule \"no-such-rule\""), run.err());
        assertEquals("", run.out());
    }

    @Test
    void report_resultUnderAnotherControlThanThisBuild_isRefused() throws IOException {
        Path scan = dir.resolve("scan.json");
        CliRun.of("scan", "--format", "json", "-o", scan.toString());
        JsonObject root = JsonParser.parseString(Files.readString(scan)).getAsJsonObject();
        JsonObject first = root.getAsJsonArray("results").get(0).getAsJsonObject();
        String rule = first.get("ruleId").getAsString();
        first.addProperty("controlId", "IR-9");
        Path bad = Files.writeString(dir.resolve("other-control.json"), root.toString());
        CliRun run = CliRun.of("report", "--scan", bad.toString());
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.err().contains("other-control.json: results[0]: rule " + rule + " is control "), run.err());
        assertTrue(run.err().contains("the file says IR-9"), run.err());
    }

    @Test
    void report_malformedOrWrongFile_exitsOneNamingTheProblem() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\": \"msb-scan/1\",");
        CliRun r1 = CliRun.of("report", "--scan", broken.toString());
        assertEquals(ExitCodes.FAILED, r1.exitCode());
        assertTrue(r1.err().contains("broken.json: is not valid JSON"), r1.err());

        Path world = Files.writeString(dir.resolve("world.json"), "{\"format\": \"msb-world/1\"}");
        CliRun r2 = CliRun.of("report", "--scan", world.toString());
        assertTrue(r2.err().contains("world.json: not a scan result (\"format\" is \"msb-world/1\""), r2.err());

        Path noTime = Files.writeString(dir.resolve("notime.json"), "{\"format\": \"msb-scan/1\", \"source\": \"x\", \"accountId\": \"1\", \"region\": \"r\","
                + " \"evaluatedAt\": \"yesterday\", \"rules\": [], \"results\": [], \"errors\": []}");
        CliRun r3 = CliRun.of("report", "--scan", noTime.toString());
        assertEquals(ExitCodes.FAILED, r3.exitCode());
        assertTrue(r3.err().contains("notime.json: evaluatedAt: bad value \"yesterday\""), r3.err());

        assertEquals(ExitCodes.USAGE, CliRun.of("report", "--format", "pdf").exitCode());
        assertEquals(ExitCodes.FAILED, CliRun.of("report", "--scan", dir.resolve("none.json").toString()).exitCode());
    }

    @Test
    void report_textToFile_writesTheSummary() throws IOException {
        Path out = dir.resolve("r/report.txt");
        CliRun run = CliRun.of("report", "-o", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String text = Files.readString(out);
        assertTrue(text.contains("Overall score "), text);
        assertTrue(text.contains("Control x account matrix"), text);
        assertTrue(text.contains("tcp 22 open to 0.0.0.0/0"), text);
    }

    private static JsonObject withAccount(JsonObject o, String account) {
        JsonObject c = o.deepCopy();
        c.addProperty("account", account);
        return c;
    }
}
