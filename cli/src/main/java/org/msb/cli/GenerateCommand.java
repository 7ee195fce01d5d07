package org.msb.cli;

import org.msb.cli.generate.Generator;
import org.msb.cli.scan.RuleCatalog;
import org.msb.rule.Rule;
import org.msb.rule.RuleSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write what users deploy from the rule specs of this build: conformance-packs/ (one pack per section, "
                + "the whole baseline, the optional controls), deploy/ (the member StackSet template, the artifact bucket, the "
                + "central pattern) and docs/controls.md.",
                "With --check, write nothing and exit 1 if the committed files differ."})
public final class GenerateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR", description = "The project folder (default: the current folder)")
    Path root = Path.of(".");

    @Option(names = "--check", description = "Compare only: list the files that differ from what the specs generate")
    boolean check;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(root.resolve("pom.xml")) || !Files.isDirectory(root.resolve("rules"))) {
            throw new IllegalArgumentException(root.toAbsolutePath().normalize() + " is not the msb project folder (no pom.xml and rules/); "
                    + "run from the project root or pass --root");
        }
        List<RuleSpec> rules = RuleCatalog.load().rules().stream().map(Rule::spec).toList();
        Map<String, String> files = Generator.generate(rules);
        if (check) {
            List<String> diffs = Generator.differences(files, root);
            diffs.forEach(d -> out.println(d));
            out.println(diffs.isEmpty() ? "generated files are up to date (" + files.size() + " files, " + rules.size() + " rules)"
                    : diffs.size() + " file(s) out of date: run ./msb generate");
            out.flush();
            return diffs.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
        }
        List<String> changed = Generator.write(files, root);
        changed.forEach(c -> out.println("wrote " + c));
        out.println(files.size() + " files from " + rules.size() + " rules; " + (changed.isEmpty() ? "nothing changed" : changed.size() + " changed"));
        out.flush();
        return ExitCodes.OK;
    }
}
