package org.msb.cli;

import org.msb.cli.output.ResultWriter;
import org.msb.cli.scan.RuleCatalog;
import org.msb.cli.scan.ScanResult;
import org.msb.cli.scan.ScanService;
import org.msb.error.InvalidRegisterException;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionRegisterParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Evaluate every baseline rule against an account and print the results.",
                "With no source option, scans the bundled demo account (offline, no AWS account needed)."},
        footer = {"", "Exit codes: 0 all compliant or not applicable; 1 msb failed; 2 bad usage;",
                "            3 at least one NON_COMPLIANT; 4 some rule could not be fully evaluated (ERROR / INSUFFICIENT_DATA)."})
public final class ScanCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin WorldOptions world;
    @Mixin OutputOptions output;

    @Option(names = "--rules", split = ",", paramLabel = "ID", description = "Only these rule ids or control ids (comma-separated).")
    List<String> rules;

    @Option(names = "--exceptions", paramLabel = "FILE", description = "An exception register (YAML or JSON), added to the world's own.")
    Path exceptions;

    @Option(names = "--parameters", paramLabel = "FILE", description = "Rule parameters: {\"rule-id\": {\"Name\": \"value\"}}; override the world's.")
    Path parameters;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Evaluate as of this time (ISO-8601, e.g. 2026-11-30T12:00:00Z); default now (the demo account: its capture time).")
    Instant at;

    @Option(names = "--exit-zero", description = "Exit 0 even when results are non-compliant or incomplete (msb failing to run still exits 1).")
    boolean exitZero;

    @Override
    public Integer call() throws IOException {
        RuleCatalog catalog = RuleCatalog.load().select(rules);
        try (WorldLoader.Opened opened = WorldLoader.open(world)) {
            ExceptionRegister register = opened.register();
            if (exceptions != null) {
                // attestations too: attestation-based rules read them (msb attest writes them)
                ExceptionRegister extra = readRegister(exceptions);
                List<org.msb.register.Attestation> attestations = new java.util.ArrayList<>(register.attestations());
                attestations.addAll(extra.attestations());
                register = new ExceptionRegister(register.source(), register.plus(extra.exceptions()).exceptions(), attestations);
            }
            Map<String, Map<String, String>> params = new HashMap<>(opened.parameters());
            if (parameters != null) params.putAll(ParameterFile.read(parameters));
            ScanService.Request req = new ScanService.Request(opened.name(), opened.account(), register,
                    id -> params.getOrDefault(id, Map.of()), at != null ? at : opened.asOf() != null ? opened.asOf() : Instant.now());
            // an offline account is read-only in memory: its rules can run side by side; a live one's go one at a time
            int threads = opened.clients() == null ? Runtime.getRuntime().availableProcessors() : 1;
            ScanResult result = new ScanService(threads).scan(catalog, req);
            // buffered: the writers emit many small strings, and an unbuffered file writer encodes each on its own
            Writer out = new BufferedWriter(output.open(spec.commandLine().getOut()), 1 << 16);
            ResultWriter.of(output.format()).write(result, out);
            out.flush();
            if (output.output() != null) {
                out.close();
                spec.commandLine().getErr().println("msb: wrote " + output.output());
            }
            return exitCode(result);
        }
    }

    private int exitCode(ScanResult r) {
        if (exitZero) return ExitCodes.OK;
        ScanResult.Counts c = r.counts();
        if (c.nonCompliant() > 0) return ExitCodes.NON_COMPLIANT;
        if (c.errors() > 0 || c.insufficientData() > 0) return ExitCodes.INCOMPLETE;
        return ExitCodes.OK;
    }

    static ExceptionRegister readRegister(Path file) {
        try {
            return ExceptionRegisterParser.parse(Files.readAllBytes(file), file.toString());  // strict UTF-8: names a bad byte
        } catch (IOException e) {
            throw new InvalidRegisterException("exception register " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
