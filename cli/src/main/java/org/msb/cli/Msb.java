package org.msb.cli;

import org.msb.error.MsbException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import software.amazon.awssdk.core.exception.SdkException;

/** The {@code msb} command. Exit codes: see {@link ExitCodes}. */
@Command(name = "msb", mixinStandardHelpOptions = true, version = "msb 0.1.0",
        description = "The AWS Minimum Security Baseline as AWS Config rules: scan accounts, capture them, run rules locally.",
        subcommands = {ScanCommand.class, CaptureCommand.class, AttestCommand.class, RulesCommand.class, GenerateCommand.class, ReportCommand.class,
                DeployCommand.class, CommandLine.HelpCommand.class})
public final class Msb implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() { spec.commandLine().usage(spec.commandLine().getOut()); }

    public static void main(String[] args) { System.exit(commandLine().execute(args)); }

    /** The configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Msb());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("msb: error: " + message(ex));
            if (System.getenv("MSB_DEBUG") != null) ex.printStackTrace(line.getErr());
            return ExitCodes.FAILED;
        });
        cl.setExitCodeExceptionMapper(ex -> ex instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.FAILED);
        return cl;
    }

    static String message(Throwable ex) {
        if (ex instanceof MsbException || ex instanceof IllegalArgumentException) return ex.getMessage();
        if (ex instanceof SdkException) return "AWS call failed: " + ex.getMessage();
        if (ex instanceof java.io.IOException) return "I/O error: " + ex.getMessage();
        return ex.toString() + " (set MSB_DEBUG=1 for the stack trace)";
    }
}
