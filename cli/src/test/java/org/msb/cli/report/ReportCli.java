package org.msb.cli.report;

import org.msb.cli.Msb;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@code msb} in-process with captured output, as a user would from a shell. */
record ReportCli(int exitCode, String out, String err) {
    static ReportCli run(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Msb.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new ReportCli(code, out.toString(), err.toString());
    }
}
