package org.msb.cli.report;

import org.msb.cli.ExitCodes;
import org.msb.cli.report.evidence.EvidenceVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "verify-evidence", mixinStandardHelpOptions = true,
        description = "Recompute the SHA-256 of every file in an evidence directory (msb report --evidence DIR) and compare with its manifest.",
        footer = {"", "Exit codes: 0 every file matches; 1 a file changed, is missing or was added (each one named), or the manifest is unreadable; 2 bad usage."})
public final class VerifyEvidenceCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "The evidence directory.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        EvidenceVerifier.Result r = new EvidenceVerifier().verify(dir);
        if (r.ok()) {
            spec.commandLine().getOut().println("msb: evidence " + dir + " verified: " + r.checked() + " files match the manifest");
            return ExitCodes.OK;
        }
        for (String p : r.problems()) spec.commandLine().getErr().println("msb: evidence " + dir + ": " + p);
        spec.commandLine().getErr().println("msb: evidence " + dir + " does NOT verify (" + r.problems().size() + " problem(s))");
        return ExitCodes.FAILED;
    }
}
