package org.msb.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Headless Debian chromium, run offline on a local file: its rendered DOM, or a screenshot. */
final class Chromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    static boolean available() { return Files.isExecutable(BINARY); }

    static String dumpDom(Path html, Path scratch) throws IOException, InterruptedException {
        Path out = scratch.resolve("dom.html");
        run(scratch, out, "--dump-dom", html.toUri().toString());
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    static void screenshot(Path html, Path png, Path scratch) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(scratch, scratch.resolve("screenshot.log"), "--screenshot=" + png.toAbsolutePath(), "--window-size=1400,2000",
                "--hide-scrollbars", html.toUri().toString());
        if (!Files.isRegularFile(png) || Files.size(png) == 0) throw new IOException("chromium wrote no screenshot to " + png);
    }

    private static void run(Path scratch, Path stdout, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory(scratch, "chromium-profile")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(scratch.resolve("chromium.err").toFile()).start();
        // a guard against a hung browser, not a timing assertion
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("chromium did not finish in 120 s");
        }
        if (p.exitValue() != 0) throw new IOException("chromium exited " + p.exitValue() + ": " + Files.readString(scratch.resolve("chromium.err")));
    }

    private Chromium() {}
}
