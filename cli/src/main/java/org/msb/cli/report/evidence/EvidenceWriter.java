package org.msb.cli.report.evidence;

import org.msb.cli.output.JsonResultWriter;
import org.msb.cli.report.InvalidReportInputException;
import org.msb.cli.report.JsonReportWriter;
import org.msb.cli.report.ReportInput;
import org.msb.cli.report.ReportModel;
import org.msb.cli.scan.ScanResult;
import org.msb.internal.world.WorldWriter;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes an evidence directory: the inputs (world files, scan result files and the earlier report of a
 * trend copied byte for byte, the demo world as JSON), each scan's results ("msb-scan/1"), the report ("msb-report/1") and a manifest with
 * the SHA-256 of every file. Refuses a directory that already holds files, so evidence is never mixed.
 */
public final class EvidenceWriter {

    /** {@code compared}: the earlier report the trend was computed from, or null. */
    public EvidenceManifest write(Path dir, List<ReportInput> inputs, Path compared, ReportModel report, Instant now) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                if (s.findAny().isPresent()) throw new InvalidReportInputException("evidence directory " + dir + " is not empty; give a new or empty directory");
            }
        } else if (Files.exists(dir)) {
            throw new InvalidReportInputException("evidence directory " + dir + " is a file");
        }
        Files.createDirectories(dir);
        List<String> written = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ReportInput in = inputs.get(i);
            ScanResult s = in.scan();
            String stem = (i + 1) + "-" + safe(s.accountId()) + "-" + safe(s.region());
            if (in.worldFile() != null) written.add(copy(dir, in.worldFile(), "worlds/" + stem + "-" + safe(in.worldFile().getFileName().toString())));
            if (in.worldJson() != null) written.add(text(dir, "worlds/" + stem + "-world.json", WorldWriter.toJson(in.worldJson(), true) + "\n"));
            if (in.scanFile() != null) written.add(copy(dir, in.scanFile(), "inputs/" + stem + "-" + safe(in.scanFile().getFileName().toString())));
            String results = "results/scan-" + stem + ".json";
            try (Writer w = Files.newBufferedWriter(create(dir, results), StandardCharsets.UTF_8)) {
                new JsonResultWriter().write(s, w);
            }
            written.add(results);
        }
        if (compared != null) written.add(copy(dir, compared, "inputs/earlier-report.json"));
        try (Writer w = Files.newBufferedWriter(create(dir, "report.json"), StandardCharsets.UTF_8)) {
            new JsonReportWriter().write(report, w);
        }
        written.add("report.json");
        List<EvidenceManifest.Entry> entries = new ArrayList<>();
        for (String p : written) {
            Path f = dir.resolve(p);
            entries.add(new EvidenceManifest.Entry(p, Files.size(f), EvidenceManifest.sha256(f)));
        }
        EvidenceManifest m = new EvidenceManifest(now, entries);
        Files.writeString(dir.resolve(EvidenceManifest.FILE_NAME), m.toJson(), StandardCharsets.UTF_8);
        return m;
    }

    private static String copy(Path dir, Path from, String to) throws IOException {
        Files.copy(from, create(dir, to), StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    private static String text(Path dir, String to, String content) throws IOException {
        Files.writeString(create(dir, to), content, StandardCharsets.UTF_8);
        return to;
    }

    private static Path create(Path dir, String relative) throws IOException {
        Path f = dir.resolve(relative);
        Files.createDirectories(f.getParent());
        return f;
    }

    /** A file-name-safe form of an id (account ids, regions and input names are usually safe already). */
    private static String safe(String s) { return s == null ? "unknown" : s.replaceAll("[^A-Za-z0-9._-]", "_"); }
}
