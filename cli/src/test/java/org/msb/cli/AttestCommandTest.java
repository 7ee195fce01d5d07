package org.msb.cli;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msb.register.Attestation;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionRegisterParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.*;

/** {@code msb attest} through picocli, as a user runs it, and its effect on a scan of the demo account. */
class AttestCommandTest {
    @TempDir Path dir;

    private static ExceptionRegister read(Path f) throws Exception {
        return ExceptionRegisterParser.parse(Files.readString(f), f.toString());
    }

    @Test
    void attest_whenRegisterIsAbsent_createsIt() throws Exception {
        Path file = dir.resolve("sub/register.yaml");
        LocalDate before = LocalDate.now(ZoneOffset.UTC);

        CliRun run = CliRun.of("attest", "--register", file.toString(), "--rule", "roles-reviewed", "--subject", "app-deploy",
                "--by", "jane.doe@example.com", "--reference", "https://wiki.example.com/reviews/42");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        Attestation a = read(file).attestations().get(0);
        assertEquals("roles-reviewed", a.rule());
        assertEquals("app-deploy", a.subject());
        assertEquals("jane.doe@example.com", a.by());
        assertEquals("https://wiki.example.com/reviews/42", a.reference());
        assertTrue(a.date().equals(before) || a.date().equals(LocalDate.now(ZoneOffset.UTC)), "default date is today (UTC)");
        assertEquals("AT-" + a.date().getYear() + "-001", a.id());
        assertNull(a.account());
        assertTrue(run.out().startsWith("Recorded " + a.id() + ": roles-reviewed \"app-deploy\" on "), run.out());
        assertTrue(Files.readString(file).contains("date: " + a.date()), "dates written as plain YYYY-MM-DD:\n" + Files.readString(file));
    }

    @Test
    void attest_keepsExistingEntriesAndComments() throws Exception {
        Path file = dir.resolve("register.yaml");
        Files.writeString(file, """
                # Governed exceptions of the payments accounts - owner: security@example.com
                exceptions:
                  - id: EX-0042
                    rules: [no-long-term-keys]
                    resource: arn:aws:iam::111122223333:user/service/ci-deploy
                    reason: On-premises CI runner # until PLAT-412
                    approver: jane.doe@example.com
                    expires: 2027-06-30
                attestations: [{id: AT-2026-007, rule: roles-reviewed, subject: "AWSReservedSSO_*", date: 2026-10-20, by: jane.doe@example.com}]
                """);

        CliRun run = CliRun.of("attest", "--register", file.toString(), "--rule", "IAM-8", "--subject", "deploy-pipeline",
                "--by", "raj.patel@example.com", "--date", "2026-11-02", "--account", "111122223333");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        String text = Files.readString(file);
        assertTrue(text.contains("# Governed exceptions of the payments accounts - owner: security@example.com"), text);
        assertTrue(text.contains("# until PLAT-412"), text);
        ExceptionRegister r = read(file);
        assertEquals(1, r.exceptions().size());
        assertEquals(LocalDate.parse("2027-06-30"), r.exceptions().get(0).expires());
        assertEquals(2, r.attestations().size());
        assertEquals("AWSReservedSSO_*", r.attestations().get(0).subject());
        Attestation added = r.attestations().get(1);
        assertEquals("AT-2026-008", added.id(), "the next free id of the year");
        assertEquals("roles-reviewed", added.rule(), "a control id is accepted for the rule");
        assertEquals(LocalDate.parse("2026-11-02"), added.date());
        assertEquals("111122223333", added.account());
    }

    @Test
    void attest_toAJsonRegister_staysJson() throws Exception {
        Path file = dir.resolve("register.json");
        Files.writeString(file, "{\"exceptions\": [{\"id\": \"EX-1\", \"rules\": [\"least-privilege\"], \"account\": \"111122223333\","
                + " \"reason\": \"sandbox\", \"approver\": \"ciso@example.com\", \"expires\": \"2027-01-01\"}]}");

        CliRun run = CliRun.of("attest", "--register", file.toString(), "--rule", "roles-reviewed", "--subject", "*",
                "--by", "jane.doe@example.com", "--date", "2026-11-30", "--id", "REVIEW-Q4");

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        JsonObject root = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals("EX-1", root.getAsJsonArray("exceptions").get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("REVIEW-Q4", root.getAsJsonArray("attestations").get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("*", read(file).attestations().get(0).subject());
    }

    @Test
    void attest_refusesBadInputWithClearMessages() throws Exception {
        Path file = dir.resolve("register.yaml");
        String[] base = {"attest", "--register", file.toString(), "--subject", "app-deploy"};

        CliRun unknown = run(base, "--rule", "roles-reveiwed", "--by", "jane@example.com");
        assertEquals(ExitCodes.USAGE, unknown.exitCode());
        assertTrue(unknown.err().contains("unknown rule \"roles-reveiwed\"; rules that read attestations: roles-reviewed"), unknown.err());

        CliRun notAttested = run(base, "--rule", "password-policy", "--by", "jane@example.com");
        assertEquals(ExitCodes.USAGE, notAttested.exitCode());
        assertTrue(notAttested.err().contains("rule password-policy does not read attestations"), notAttested.err());

        CliRun noBy = run(base, "--rule", "roles-reviewed");
        assertEquals(ExitCodes.USAGE, noBy.exitCode());
        assertTrue(noBy.err().contains("--by is required"), noBy.err());

        CliRun notEmail = run(base, "--rule", "roles-reviewed", "--by", "Jane");
        assertTrue(notEmail.err().contains("--by \"Jane\" is not an e-mail address"), notEmail.err());

        CliRun badDate = run(base, "--rule", "roles-reviewed", "--by", "jane@example.com", "--date", "2026-13-01");
        assertEquals(ExitCodes.USAGE, badDate.exitCode());
        assertTrue(badDate.err().contains("--date \"2026-13-01\" is not a date (YYYY-MM-DD)"), badDate.err());

        CliRun future = run(base, "--rule", "roles-reviewed", "--by", "jane@example.com", "--date", "2999-01-01");
        assertTrue(future.err().contains("--date 2999-01-01 is in the future"), future.err());

        CliRun badAccount = run(base, "--rule", "roles-reviewed", "--by", "jane@example.com", "--account", "1234");
        assertTrue(badAccount.err().contains("--account \"1234\" is not a 12-digit account id"), badAccount.err());

        CliRun noRule = CliRun.of("attest", "--register", file.toString(), "--subject", "x", "--by", "jane@example.com");
        assertEquals(ExitCodes.USAGE, noRule.exitCode());
        assertTrue(noRule.err().contains("--rule"), noRule.err());

        assertFalse(Files.exists(file), "nothing written on bad input");
    }

    @Test
    void attest_whenRegisterIsBroken_refusesAndLeavesItUnchanged() throws Exception {
        Path file = dir.resolve("register.yaml");
        String broken = "exceptions:\n  - id: EX-1\n    rules: [x]\n    reason: no resource nor account\n    approver: a@example.com\n    expires: 2027-01-01\n";
        Files.writeString(file, broken);

        CliRun run = CliRun.of("attest", "--register", file.toString(), "--rule", "roles-reviewed", "--subject", "x", "--by", "jane@example.com");

        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.err().contains("exceptions[0] (EX-1): field 'resource' is missing"), run.err());
        assertEquals(broken, Files.readString(file));
    }

    @Test
    void attest_whenIdIsTaken_refuses() throws Exception {
        Path file = dir.resolve("register.yaml");
        assertEquals(ExitCodes.OK, CliRun.of("attest", "--register", file.toString(), "--rule", "roles-reviewed", "--subject", "a",
                "--by", "jane@example.com", "--id", "AT-1").exitCode());
        CliRun again = CliRun.of("attest", "--register", file.toString(), "--rule", "roles-reviewed", "--subject", "b",
                "--by", "jane@example.com", "--id", "AT-1");
        assertEquals(ExitCodes.FAILED, again.exitCode());
        assertTrue(again.err().contains("already has an entry with id AT-1"), again.err());
        assertEquals(1, read(file).attestations().size());
    }

    @Test
    void attestThenScan_theReviewedRoleBecomesCompliant() throws Exception {
        Path file = dir.resolve("reviews.yaml");
        String rule = "roles-reviewed", role = "AROA3EXAMPLEDEPLOYPL1";
        assertEquals("NON_COMPLIANT", verdict(CliRun.of("scan", "--rules", rule, "--format", "json", "--exit-zero"), role));

        assertEquals(ExitCodes.OK, CliRun.of("attest", "--register", file.toString(), "--rule", rule, "--subject", "deploy-pipeline",
                "--by", "jane.doe@example.com", "--date", "2026-11-20", "--reference", "https://wiki.example.com/reviews/77").exitCode());

        CliRun after = CliRun.of("scan", "--rules", rule, "--format", "json", "--exit-zero", "--exceptions", file.toString());
        assertEquals("COMPLIANT", verdict(after, role), after.out());
        assertTrue(after.out().contains("reviewed 2026-11-20 (by jane.doe@example.com, attestation AT-2026-001)"), after.out());
    }

    private static String verdict(CliRun run, String resourceId) {
        for (var e : JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("results")) {
            JsonObject r = e.getAsJsonObject();
            if (r.get("resourceId").getAsString().equals(resourceId)) return r.get("compliance").getAsString();
        }
        return "none";
    }

    private static CliRun run(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliRun.of(all);
    }
}
