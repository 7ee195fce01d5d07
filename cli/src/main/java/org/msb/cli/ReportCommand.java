package org.msb.cli;

import org.msb.cli.report.ReportBuilder;
import org.msb.cli.report.ReportFormat;
import org.msb.cli.report.ReportInput;
import org.msb.cli.report.ReportModel;
import org.msb.cli.report.ReportSources;
import org.msb.cli.report.ReportWriter;
import org.msb.cli.report.TrendCalculator;
import org.msb.cli.report.EarlierReport;
import org.msb.cli.report.VerifyEvidenceCommand;
import org.msb.cli.report.evidence.EvidenceWriter;
import org.msb.cli.scan.RuleCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true, subcommands = VerifyEvidenceCommand.class,
        description = {"A conformance report for auditors: control x account matrix, honest scores, failing resources, "
                + "exceptions (approver, expiry, attestation), a trend against an earlier report, and an evidence bundle.",
                "Sources: scan results (msb scan --format json) and world files, one per account and region; "
                + "with none, the bundled demo account (offline)."},
        footer = {"", "Scores are compliant / (compliant + non-compliant); exceptions, not applicable, insufficient data "
                + "and errors are shown beside them and never counted as passes. Formats: docs/report-format.md.",
                "Exit codes: 0 report written (whatever it finds); 1 an input could not be read; 2 bad usage."})
public final class ReportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--scan", paramLabel = "FILE", description = "A scan result (msb scan --format json); repeat for several accounts/regions.")
    List<Path> scans = new java.util.ArrayList<>();

    @Option(names = "--world", paramLabel = "FILE", description = "A world file (msb capture) to scan; repeat for several.")
    List<Path> worlds = new java.util.ArrayList<>();

    @Option(names = "--at", paramLabel = "INSTANT", description = "Scan world files as of this time (ISO-8601); default now (the demo account: its capture time).")
    Instant at;

    @Option(names = "--compare", paramLabel = "EARLIER.json", description = "An earlier report (msb report --format json): show what got better and worse.")
    Path compare;

    @Option(names = "--evidence", paramLabel = "DIR", description = "Also write an evidence directory (new or empty): the world(s) or scan files, each scan's results, report.json and a SHA-256 manifest; check it with 'msb report verify-evidence DIR'.")
    Path evidence;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text, csv, json or html (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        RuleCatalog catalog = RuleCatalog.load();
        List<ReportInput> inputs = new ReportSources(catalog).load(scans, worlds, at);
        ReportModel report = new ReportBuilder().build(inputs.stream().map(ReportInput::scan).toList(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        if (compare != null) report = report.withTrend(new TrendCalculator().compare(EarlierReport.read(compare), report));
        // evidence first: a refused evidence directory stops the run before any report is printed
        if (evidence != null) {
            new EvidenceWriter().write(evidence, inputs, compare, report, report.generatedAt());
            spec.commandLine().getErr().println("msb: wrote evidence to " + evidence + " (check with: msb report verify-evidence " + evidence + ")");
        }
        write(report, format, output);
        return ExitCodes.OK;
    }

    private void write(ReportModel report, ReportFormat f, Path file) throws IOException {
        if (file == null) {
            Writer out = spec.commandLine().getOut();
            ReportWriter.of(f).write(report, out);
            out.flush();
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            ReportWriter.of(f).write(report, out);
        }
        spec.commandLine().getErr().println("msb: wrote " + file);
    }
}
