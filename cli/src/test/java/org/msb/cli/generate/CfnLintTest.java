package org.msb.cli.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * cfn-lint (preinstalled, LOCAL-EMULATOR.md section 6) on everything generated, for this build's rules and for
 * synthetic rules of every kind in every section: no error and no warning (the full-size limits are checked by
 * PackLayoutTest and MemberTemplateTest, which need no linter). The inline Python of the evaluation starter is parsed too.
 * Skipped where cfn-lint is not installed; .ci/run lints the committed files in any case.
 */
class CfnLintTest {

    @Test
    void generatedTemplates_when_linted_haveNoErrorOrWarning(@TempDir Path dir) throws Exception {
        assumeTrue(onPath("cfn-lint"), "cfn-lint is not installed");
        List<Path> files = new ArrayList<>();
        files.addAll(write(Generator.generate(GeneratedFilesTest.rules()), dir.resolve("build")));
        // every kind of rule (global, optional, change, periodic, hybrid) in every section, without linting 43 of each
        List<org.msb.rule.RuleSpec> sample = SyntheticSpecs.baseline().stream()
                .filter(s -> s.optional() || Integer.parseInt(s.controlId().substring(s.controlId().indexOf('-') + 1)) <= 2).toList();
        files.addAll(write(Generator.generate(sample), dir.resolve("synthetic")));
        List<String> cmd = new ArrayList<>(List.of("cfn-lint", "--format", "parseable"));
        files.forEach(f -> cmd.add(f.toString()));
        Result r = run(cmd, null);
        assertEquals(0, r.exit, "cfn-lint exit " + r.exit + " (2 = error, 4 = warning):\n" + r.output);
    }

    @Test
    void evaluationStarterCode_when_parsedByPython_isValid() throws Exception {
        assumeTrue(onPath("python3"), "python3 is not installed");
        Result r = run(List.of("python3", "-c", "import ast, sys; ast.parse(sys.stdin.read())"), EvaluationStarter.CODE);
        assertEquals(0, r.exit, r.output);
    }

    private static List<Path> write(Map<String, String> files, Path root) throws IOException {
        Generator.write(files, root);
        return files.keySet().stream().filter(k -> k.endsWith(".yaml")).map(root::resolve).toList();
    }

    record Result(int exit, String output) {}

    static Result run(List<String> cmd, String stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        if (stdin != null) p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(cmd.get(0) + " did not finish within 180 s");
        }
        return new Result(p.exitValue(), out);
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) return false;
        for (String d : path.split(java.io.File.pathSeparator)) if (Files.isExecutable(Path.of(d, program))) return true;
        return false;
    }

}
