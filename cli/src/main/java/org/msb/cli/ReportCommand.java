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
import org.msb.cli.report.InvalidReportInputException;
import org.msb.cli.report.evidence.EvidenceWriter;
import org.msb.cli.report.findings.AsffFindingsWriter;
import org.msb.cli.report.findings.OcsfFindingsWriter;
import org.msb.cli.report.live.LiveComplianceSource;
import org.msb.cli.scan.RuleCatalog;
import org.msb.cli.scan.ScanResult;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.CallerIdentity;
import org.msb.register.ExceptionRegister;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true, subcommands = VerifyEvidenceCommand.class,
        description = {"A conformance report for auditors: control x account matrix, honest scores, failing resources, "
                + "exceptions (approver, expiry, attestation), a trend against an earlier report, and an evidence bundle.",
                "Sources: scan results (msb scan --format json) and world files, one per account and region; "
                + "live AWS Config (--live: this account's conformance packs; --aggregator: every account and region of "
                + "an organization aggregator); with none, the bundled demo account (offline)."},
        footer = {"", "Scores are compliant / (compliant + non-compliant); exceptions, not applicable, insufficient data "
                + "and errors are shown beside them and never counted as passes. Formats: docs/report-format.md.",
                "Exit codes: 0 report written (whatever it finds); 1 an input could not be read; 2 bad usage."})
public final class ReportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--scan", paramLabel = "FILE", description = "A scan result (msb scan --format json); repeat for several accounts/regions.")
    List<Path> scans = new java.util.ArrayList<>();

    @Option(names = "--world", paramLabel = "FILE", description = "A world file (msb capture) to scan; repeat for several.")
    List<Path> worlds = new java.util.ArrayList<>();

    @ArgGroup(exclusive = true)
    LiveSource live;

    /** Live AWS Config instead of files: one account, or an organization through an aggregator. */
    static final class LiveSource {
        @Option(names = "--live", required = true, description = "Read this account's msb conformance pack results from AWS Config (read-only, the default credential chain).")
        boolean account;

        @Option(names = "--aggregator", required = true, paramLabel = "NAME", description = "Read every account and region through this AWS Config aggregator (run in the aggregator's account).")
        String aggregator;
    }

    @Option(names = "--region", paramLabel = "REGION", description = "Region for --live / --aggregator (default: AWS_REGION or the profile's region).")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send the AWS calls of --live / --aggregator to this endpoint.")
    URI endpoint;

    @Option(names = "--exceptions", paramLabel = "FILE", description = "With --live / --aggregator: the exception register, for each exception's reason and source (AWS Config keeps only the annotation).")
    Path exceptions;

    @Option(names = "--pack-prefix", paramLabel = "PREFIX", defaultValue = LiveComplianceSource.DEFAULT_PACK_PREFIX,
            description = "With --live: conformance packs whose names start with this are the project's (default: ${DEFAULT-VALUE}).")
    String packPrefix;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Scan world files as of this time (ISO-8601); default now (the demo account: its capture time).")
    Instant at;

    @Option(names = "--compare", paramLabel = "EARLIER.json", description = "An earlier report (msb report --format json): show what got better and worse.")
    Path compare;

    @Option(names = "--evidence", paramLabel = "DIR", description = "Also write an evidence directory (new or empty): the world(s) or scan files, each scan's results, report.json and a SHA-256 manifest; check it with 'msb report verify-evidence DIR'.")
    Path evidence;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text, csv, json, html, or Security Hub findings: asff (BatchImportFindings) or ocsf (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        RuleCatalog catalog = RuleCatalog.load();
        List<ReportInput> inputs = live == null ? new ReportSources(catalog).load(scans, worlds, at) : liveInputs(catalog);
        ReportModel report = new ReportBuilder().build(inputs.stream().map(ReportInput::scan).toList(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        if (compare != null) report = report.withTrend(new TrendCalculator().compare(EarlierReport.read(compare), report));
        // evidence first: a refused evidence directory stops the run before any report is printed
        if (evidence != null) {
            new EvidenceWriter().write(evidence, inputs, compare, report, report.generatedAt());
            spec.commandLine().getErr().println("msb: wrote evidence to " + evidence + " (check with: msb report verify-evidence " + evidence + ")");
        }
        List<ScanResult> results = inputs.stream().map(ReportInput::scan).toList();
        write(report, results, format, output);
        return ExitCodes.OK;
    }

    /** Live AWS Config read back as scan results; the calls made and anything skipped are said on stderr. */
    private List<ReportInput> liveInputs(RuleCatalog catalog) {
        if (!scans.isEmpty() || !worlds.isEmpty() || at != null) {
            throw new ParameterException(spec.commandLine(), "--live / --aggregator read AWS Config; they do not take --scan, --world or --at");
        }
        Optional<ExceptionRegister> register = exceptions == null ? Optional.empty() : Optional.of(ScanCommand.readRegister(exceptions));
        PrintWriter err = spec.commandLine().getErr();
        try (AwsClients clients = WorldLoader.clients(region, endpoint)) {
            LiveComplianceSource source = new LiveComplianceSource(clients.config(), catalog, packPrefix, Clock.systemUTC());
            List<ScanResult> read = live.aggregator != null
                    ? source.fromAggregator(live.aggregator, register)
                    : source.fromAccount(CallerIdentity.accountId(clients), clients.region(), register);
            source.notes().forEach(n -> err.println("msb: " + n));
            err.println("msb: read AWS Config in " + source.callCounts().values().stream().mapToInt(Integer::intValue).sum()
                    + " call(s): " + source.callCounts());
            if (read.isEmpty()) {
                throw new InvalidReportInputException("AWS Config returned no results of this project's rules"
                        + (live.aggregator != null ? " through aggregator " + live.aggregator : "") + "; nothing to report");
            }
            return read.stream().map(ReportInput::ofLiveConfig).toList();
        }
    }

    private void write(ReportModel report, List<ScanResult> results, ReportFormat f, Path file) throws IOException {
        if (file == null) {
            Writer out = spec.commandLine().getOut();
            render(report, results, f, out);
            out.flush();
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer out = new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8)) {
            render(report, results, f, out);
        }
        spec.commandLine().getErr().println("msb: wrote " + file);
    }

    private static void render(ReportModel report, List<ScanResult> results, ReportFormat f, Writer out) throws IOException {
        switch (f) {
            case asff -> new AsffFindingsWriter().write(results, out);
            case ocsf -> new OcsfFindingsWriter().write(results, out);
            default -> ReportWriter.of(f).write(report, out);
        }
    }
}
