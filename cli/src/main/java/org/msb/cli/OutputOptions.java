package org.msb.cli;

import org.msb.cli.output.Format;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Output format and destination, shared by commands that print results. */
public final class OutputOptions {
    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or csv (default: ${DEFAULT-VALUE}).")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    public Format format() { return format; }

    /** The destination: the file, or the command's standard output (not closed). */
    public Writer open(PrintWriter stdout) throws IOException {
        if (output == null) return stdout;
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8);
    }

    public Path output() { return output; }
}
