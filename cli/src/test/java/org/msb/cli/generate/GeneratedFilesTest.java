package org.msb.cli.generate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.msb.cli.scan.RuleCatalog;
import org.msb.rule.Rule;
import org.msb.rule.RuleSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** What is committed is what the rule specs on the class path generate, byte for byte. */
class GeneratedFilesTest {
    static List<RuleSpec> rules() { return RuleCatalog.load().rules().stream().map(Rule::spec).toList(); }

    static Path projectRoot() {
        String root = System.getProperty("msb.projectRoot");
        assertNotNull(root, "surefire sets msb.projectRoot to the project folder");
        return Path.of(root);
    }

    @Test
    void committedFiles_when_regenerated_areIdentical() throws IOException {
        Map<String, String> files = Generator.generate(rules());
        List<String> diffs = Generator.differences(files, projectRoot());
        assertTrue(diffs.isEmpty(), "generated files are out of date with the rule specs:\n  " + String.join("\n  ", diffs)
                + "\nrun ./msb generate and commit the result");
    }

    @Test
    void generate_when_runTwice_givesTheSameBytes() {
        assertEquals(Generator.generate(rules()), Generator.generate(rules()));
    }

    @Test
    void everyGeneratedFile_startsWithTheDoNotEditMark() {
        Generator.generate(rules()).forEach((path, content) ->
                assertTrue(Generated.isGenerated(content), path + " does not start with \"" + Generated.MARK + "\""));
    }

    @Test
    void differences_when_aFileIsEditedMissingOrStale_namesEach(@TempDir Path dir) throws IOException {
        Map<String, String> files = Generator.generate(rules());
        Generator.write(files, dir);
        assertEquals(List.of(), Generator.differences(files, dir));

        Files.writeString(dir.resolve(MemberTemplate.FILE), "# edited by hand\n");
        Files.delete(dir.resolve(ControlsDoc.FILE));
        Files.writeString(dir.resolve("conformance-packs/msb-old.yaml"), Generated.yamlHeader() + "Resources: {}\n");
        Files.writeString(dir.resolve("deploy/notes-by-hand.txt"), "kept: not generated\n");

        assertEquals(List.of(MemberTemplate.FILE + ": differs from what the rule specs generate", ControlsDoc.FILE + ": missing",
                "conformance-packs/msb-old.yaml: generated earlier but no longer produced"), Generator.differences(files, dir));

        List<String> written = Generator.write(files, dir);
        assertEquals(List.of(MemberTemplate.FILE, ControlsDoc.FILE, "conformance-packs/msb-old.yaml (deleted)"), written);
        assertTrue(Files.exists(dir.resolve("deploy/notes-by-hand.txt")), "a file without the mark is never deleted");
        assertEquals(List.of(), Generator.differences(files, dir));
    }

    @Test
    void generate_when_fullBaselineOfSyntheticRules_writesEveryFile() {
        Map<String, String> files = Generator.generate(SyntheticSpecs.baseline());
        assertTrue(files.containsKey("conformance-packs/msb-iam-global.yaml"));
        assertTrue(files.containsKey("conformance-packs/msb-extended.yaml"));
        assertTrue(files.containsKey(MemberTemplate.FILE));
        assertTrue(files.get(ControlsDoc.FILE).contains("| INF-7 | `inf-synthetic-control-7` |"), "one row per rule");
    }
}
