package org.msb.cli.deploy;

import org.msb.cli.ExitCodes;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;

/** One plan or apply of a deploy command; what AWS refuses ({@link DeployException}) becomes "msb: deploy failed: ..." and exit 1. */
@FunctionalInterface
public interface DeployStep {
    int run(PrintWriter out) throws IOException;

    static int execute(CommandSpec spec, DeployStep step) throws IOException {
        try {
            return step.run(spec.commandLine().getOut());
        } catch (DeployException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("msb: deploy failed: " + e.getMessage());
            err.flush();
            return ExitCodes.FAILED;
        }
    }
}
