package org.msb.cli.report;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msb.cli.CliRun;
import org.msb.cli.DemoAccount;
import org.msb.cli.ExitCodes;
import org.msb.internal.world.World;
import org.msb.internal.world.WorldReader;
import org.msb.internal.world.WorldWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** {@code msb report --evidence DIR} and {@code msb report verify-evidence DIR}. */
class EvidenceTest {
    @TempDir Path dir;

    @Test
    void evidence_demo_holdsWorldResultsReportAndDigests() throws Exception {
        Path ev = dir.resolve("evidence");
        CliRun run = CliRun.of("report", "--format", "html", "-o", dir.resolve("report.html").toString(), "--evidence", ev.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.err().contains("msb: wrote evidence to " + ev), run.err());

        JsonObject manifest = JsonParser.parseString(Files.readString(ev.resolve("manifest.json"))).getAsJsonObject();
        assertEquals("msb-evidence/1", manifest.get("format").getAsString());
        List<String> paths = manifest.getAsJsonArray("files").asList().stream().map(e -> e.getAsJsonObject().get("path").getAsString()).toList();
        assertEquals(List.of("worlds/1-111122223333-eu-west-1-world.json", "results/scan-1-111122223333-eu-west-1.json", "report.json"), paths);
        for (var e : manifest.getAsJsonArray("files")) {
            JsonObject o = e.getAsJsonObject();
            byte[] bytes = Files.readAllBytes(ev.resolve(o.get("path").getAsString()));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), o.get("sha256").getAsString());
            assertEquals(bytes.length, o.get("bytes").getAsLong());
        }
        World world = WorldReader.readWorld(ev.resolve(paths.get(0)));
        assertEquals("111122223333", world.account().accountId(), "the world in the evidence reads back as a world");
        assertEquals("msb-scan/1", JsonParser.parseString(Files.readString(ev.resolve(paths.get(1)))).getAsJsonObject().get("format").getAsString());
        assertEquals("msb-report/1", JsonParser.parseString(Files.readString(ev.resolve("report.json"))).getAsJsonObject().get("format").getAsString());

        CliRun ok = CliRun.of("report", "verify-evidence", ev.toString());
        assertEquals(ExitCodes.OK, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("verified: 3 files match the manifest"), ok.out());
    }

    @Test
    void verify_detectsAModifiedByteAMissingAndAnAddedFile() throws IOException {
        Path ev = dir.resolve("ev");
        assertEquals(ExitCodes.OK, CliRun.of("report", "--format", "json", "--evidence", ev.toString()).exitCode());
        Path results = ev.resolve("results/scan-1-111122223333-eu-west-1.json");
        byte[] b = Files.readAllBytes(results);
        int i = new String(b, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("NON_COMPLIANT");
        b[i] = 'M'; // one byte: NON_COMPLIANT becomes MON_COMPLIANT
        Files.write(results, b);
        CliRun changed = CliRun.of("report", "verify-evidence", ev.toString());
        assertEquals(ExitCodes.FAILED, changed.exitCode());
        assertTrue(changed.err().contains("changed: results/scan-1-111122223333-eu-west-1.json (SHA-256 "), changed.err());
        assertTrue(changed.err().contains("does NOT verify (1 problem(s))"), changed.err());

        Files.delete(ev.resolve("report.json"));
        Files.writeString(ev.resolve("results/extra.json"), "{}");
        CliRun more = CliRun.of("report", "verify-evidence", ev.toString());
        assertEquals(ExitCodes.FAILED, more.exitCode());
        assertTrue(more.err().contains("missing: report.json"), more.err());
        assertTrue(more.err().contains("not in the manifest: results/extra.json"), more.err());
        assertTrue(more.err().contains("(3 problem(s))"), more.err());
    }

    @Test
    void verify_refusesManifestPathsOutsideTheDirectory_andAMissingManifest() throws IOException {
        Path ev = Files.createDirectories(dir.resolve("ev"));
        Files.writeString(dir.resolve("outside.txt"), "x");
        Files.writeString(ev.resolve("manifest.json"), "{\"format\":\"msb-evidence/1\",\"createdAt\":\"2026-11-30T08:00:00Z\",\"files\":"
                + "[{\"path\":\"../outside.txt\",\"bytes\":1,\"sha256\":\"2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881\"}]}");
        CliRun r = CliRun.of("report", "verify-evidence", ev.toString());
        assertEquals(ExitCodes.FAILED, r.exitCode());
        assertTrue(r.err().contains("bad path in manifest: ../outside.txt"), r.err());

        CliRun none = CliRun.of("report", "verify-evidence", dir.resolve("nothing").toString());
        assertEquals(ExitCodes.FAILED, none.exitCode());
        assertTrue(none.err().contains("manifest.json: missing"), none.err());
    }

    @Test
    void evidence_fromWorldScanAndEarlierReport_copiesThemByteForByte() throws IOException {
        Path world = dir.resolve("prod world.json");
        WorldWriter.write(DemoAccount.json(), world, false);
        Path scan = dir.resolve("scan.json");
        JsonObject s = JsonParser.parseString(CliRun.of("scan", "--format", "json").out()).getAsJsonObject();
        s.addProperty("accountId", "999999999999");
        Files.writeString(scan, s.toString());
        Path ev = dir.resolve("ev");
        Path earlier = dir.resolve("earlier.json");
        CliRun.of("report", "--format", "json", "-o", earlier.toString());
        CliRun run = CliRun.of("report", "--world", world.toString(), "--at", "2026-11-30T08:00:00Z", "--scan", scan.toString(),
                "--compare", earlier.toString(), "--format", "csv", "--evidence", ev.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(-1, Files.mismatch(scan, ev.resolve("inputs/1-999999999999-eu-west-1-scan.json")));
        assertEquals(-1, Files.mismatch(world, ev.resolve("worlds/2-111122223333-eu-west-1-prod_world.json")));
        assertEquals(-1, Files.mismatch(earlier, ev.resolve("inputs/earlier-report.json")), "the trend's baseline is evidence too");
        assertTrue(Files.readString(ev.resolve("report.json")).contains("\"trend\": {"));
        assertEquals(ExitCodes.OK, CliRun.of("report", "verify-evidence", ev.toString()).exitCode());
    }

    @Test
    void evidence_intoANonEmptyDirectory_isRefusedBeforeAnyOutput() throws IOException {
        Path ev = Files.createDirectories(dir.resolve("ev"));
        Files.writeString(ev.resolve("old.txt"), "old");
        CliRun run = CliRun.of("report", "--evidence", ev.toString());
        assertEquals(ExitCodes.FAILED, run.exitCode());
        assertTrue(run.err().contains("evidence directory " + ev + " is not empty"), run.err());
        assertEquals("", run.out());
    }
}
