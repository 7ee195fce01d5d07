package org.msb.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ScanCommandTest {
    @TempDir Path dir;

    @Test
    void scan_demoAccount_exactCountsPerRuleAndState() throws IOException {
        CliRun run = CliRun.of("scan", "--format", "json");
        assertEquals(ExitCodes.NON_COMPLIANT, run.exitCode(), run.err());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2026-11-30T08:00:00Z", root.get("evaluatedAt").getAsString(), "the demo is evaluated as of its capture time");
        assertEquals(0, root.getAsJsonArray("errors").size(), run.out());

        Map<String, int[]> expected = DemoExpectations.read();
        Map<String, int[]> actual = DemoExpectations.count(root);
        assertEquals(expected.keySet(), actual.keySet(), "every rule in the build has a line in demo-expected.txt, and only those");
        for (String rule : expected.keySet()) {
            assertArrayEquals(expected.get(rule), actual.get(rule), rule + ": COMPLIANT, NON_COMPLIANT, BY_EXCEPTION, NOT_APPLICABLE, INSUFFICIENT_DATA");
        }
        int[] total = new int[5];
        expected.values().forEach(c -> { for (int i = 0; i < 5; i++) total[i] += c[i]; });
        JsonObject s = root.getAsJsonObject("summary");
        assertArrayEquals(total, new int[]{s.get("compliant").getAsInt(), s.get("nonCompliant").getAsInt(),
                s.get("compliantByException").getAsInt(), s.get("notApplicable").getAsInt(), s.get("insufficientData").getAsInt()});
        assertTrue(total[0] > 0 && total[1] > 0 && total[2] > 0 && total[3] > 0, "the demo shows every state");
    }

    @Test
    void scan_demoAccount_verdictsOfNamedResources() {
        JsonObject root = JsonParser.parseString(CliRun.of("scan", "--format", "json").out()).getAsJsonObject();
        Map<String, String> byResource = new HashMap<>();
        for (var e : root.getAsJsonArray("results")) {
            JsonObject r = e.getAsJsonObject();
            byResource.put(r.get("ruleId").getAsString() + " " + r.get("resourceId").getAsString(),
                    r.get("compliance").getAsString() + (r.get("compliantByException").getAsBoolean() ? "+EXCEPTION" : ""));
        }
        assertEquals("NON_COMPLIANT", byResource.get("password-policy 111122223333"));
        assertEquals("NON_COMPLIANT", byResource.get("s3-access-logging examplecorp-prod-tmp-exports"));
        assertEquals("COMPLIANT+EXCEPTION", byResource.get("s3-access-logging examplecorp-prod-public-assets"));
        assertEquals("NON_COMPLIANT", byResource.get("s3-access-logging examplecorp-prod-legacy-reports"));
        assertEquals("NOT_APPLICABLE", byResource.get("s3-access-logging examplecorp-prod-s3-access-logs"));
        assertEquals("NON_COMPLIANT", byResource.get("management-ports-closed sg-0d3f5a7b9c1e2f460"));
        assertEquals("NON_COMPLIANT", byResource.get("management-ports-closed acl-0c1d2e3f4a5b6c7d8"));
        assertEquals("COMPLIANT", byResource.get("management-ports-closed acl-0e9f8a7b6c5d4e3f2"));
    }

    @Test
    void scan_demoAccount_textSummaryBySectionAndFailures() {
        CliRun run = CliRun.of("scan");
        assertEquals(ExitCodes.NON_COMPLIANT, run.exitCode());
        assertTrue(run.out().contains("Identity & Access Management"), run.out());
        assertTrue(run.out().contains("Non-compliant ("), run.out());
        assertTrue(run.out().contains("Compliant by exception ("), run.out());
        assertTrue(run.out().contains("tcp 22 open to 0.0.0.0/0"), run.out());
    }

    @Test
    void scan_whenWorldFileMissingOrMalformed_exitsOneNamingTheFile() throws IOException {
        CliRun missing = CliRun.of("scan", "--world", dir.resolve("nope.json").toString());
        assertEquals(ExitCodes.FAILED, missing.exitCode());
        assertTrue(missing.err().startsWith("msb: error: ") && missing.err().contains("nope.json: no such file"), missing.err());
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"format\":\"msb-world/1\",");
        CliRun bad = CliRun.of("scan", "--world", broken.toString());
        assertEquals(ExitCodes.FAILED, bad.exitCode());
        assertTrue(bad.err().contains("broken.json: is not valid JSON"), bad.err());
        assertEquals("", bad.out(), "nothing is reported when the input is broken");
    }

    @Test
    void scan_worldFile_andExitZero() throws IOException {
        Path world = demoCopy();
        CliRun run = CliRun.of("scan", "--world", world.toString(), "--at", "2026-11-30T08:00:00Z", "--format", "csv");
        assertEquals(ExitCodes.NON_COMPLIANT, run.exitCode());
        int results = JsonParser.parseString(CliRun.of("scan", "--world", world.toString(), "--at", "2026-11-30T08:00:00Z", "--format", "json")
                .out()).getAsJsonObject().getAsJsonArray("results").size();
        assertEquals(results + 1, run.out().strip().split("\r?\n").length, "header + one row per result");
        assertEquals(ExitCodes.OK, CliRun.of("scan", "--world", world.toString(), "--exit-zero").exitCode());
    }

    @Test
    void scan_configSnapshot_factRulesAreInsufficientData() throws IOException {
        JsonObject world = JsonParser.parseString(demoText()).getAsJsonObject();
        JsonObject snapshot = new JsonObject();
        snapshot.addProperty("fileVersion", "1.0");
        snapshot.addProperty("configSnapshotId", "0a1b2c3d");
        snapshot.add("configurationItems", world.getAsJsonArray("configurationItems"));
        Path f = Files.writeString(dir.resolve("snapshot.json"), snapshot.toString());
        CliRun run = CliRun.of("scan", "--config-snapshot", f.toString(), "--rules", "password-policy", "--format", "json");
        assertEquals(ExitCodes.INCOMPLETE, run.exitCode(), run.err());
        JsonArray results = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("results");
        assertEquals(1, results.size());
        assertEquals("INSUFFICIENT_DATA", results.get(0).getAsJsonObject().get("compliance").getAsString());
        assertTrue(results.get(0).getAsJsonObject().get("annotation").getAsString().contains("snapshots hold configuration items only"));
    }

    @Test
    void scan_badParameterFile_isARuleErrorNamingIt() throws IOException {
        Path params = Files.writeString(dir.resolve("p.json"), "{\"password-policy\": {\"MinimumPasswordLength\": \"4\"}}");
        CliRun run = CliRun.of("scan", "--rules", "IAM-3", "--parameters", params.toString());
        assertEquals(ExitCodes.INCOMPLETE, run.exitCode(), run.out());
        assertTrue(run.out().contains("Errors (1):") && run.out().contains("MinimumPasswordLength=\"4\""), run.out());
    }

    @Test
    void scan_exceptionsFileAndOutputFile() throws IOException {
        Path reg = Files.writeString(dir.resolve("reg.yaml"), """
                exceptions:
                  - {id: EX-T1, rules: [management-ports-closed], resource: sg-0d3f5a7b9c1e2f460, reason: bastion until VPN, approver: sec@example.com, expires: 2027-01-31}
                """);
        Path out = dir.resolve("out/results.json");
        CliRun run = CliRun.of("scan", "--exceptions", reg.toString(), "--format", "json", "--output", out.toString());
        assertEquals(ExitCodes.NON_COMPLIANT, run.exitCode());
        assertTrue(run.err().contains("wrote " + out), run.err());
        JsonObject s = JsonParser.parseString(Files.readString(out)).getAsJsonObject().getAsJsonObject("summary");
        JsonObject before = JsonParser.parseString(CliRun.of("scan", "--format", "json").out()).getAsJsonObject().getAsJsonObject("summary");
        assertEquals(before.get("compliantByException").getAsInt() + 1, s.get("compliantByException").getAsInt());
        assertEquals(before.get("nonCompliant").getAsInt() - 1, s.get("nonCompliant").getAsInt());
        Path badReg = Files.writeString(dir.resolve("bad.yaml"), "exceptions:\n  - {id: X, rules: [a], account: '1', reason: r, approver: a, expires: 2027-01-01}\n");
        CliRun bad = CliRun.of("scan", "--exceptions", badReg.toString());
        assertEquals(ExitCodes.FAILED, bad.exitCode());
        assertTrue(bad.err().contains("12-digit account id"), bad.err());
    }

    @Test
    void usageErrors_exitTwo_andHelpEverywhere() {
        CliRun bad = CliRun.of("scan", "--bogus");
        assertEquals(ExitCodes.USAGE, bad.exitCode());
        assertTrue(bad.err().contains("Unknown option: '--bogus'"), bad.err());
        assertEquals(ExitCodes.USAGE, CliRun.of("scan", "--world", "a.json", "--live").exitCode());
        CliRun help = CliRun.of("scan", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--config-snapshot") && help.out().contains("Exit codes"), help.out());
        assertTrue(CliRun.of("--help").out().contains("scan"));
        CliRun unknownRule = CliRun.of("scan", "--rules", "no-such-rule");
        assertEquals(ExitCodes.FAILED, unknownRule.exitCode());
        assertTrue(unknownRule.err().contains("unknown rule \"no-such-rule\""), unknownRule.err());
    }

    @Test
    void rules_listsEveryRuleInBaselineOrder() {
        CliRun run = CliRun.of("rules");
        assertEquals(0, run.exitCode());
        String out = run.out();
        assertTrue(out.indexOf("password-policy") < out.indexOf("s3-access-logging"));
        assertTrue(out.indexOf("s3-access-logging") < out.indexOf("management-ports-closed"));
    }

    private Path demoCopy() throws IOException {
        return Files.writeString(dir.resolve("demo.json"), demoText());
    }

    private static String demoText() {
        return DemoAccount.json().toString();
    }
}
