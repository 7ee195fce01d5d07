package org.msb.cli.deploy;

import org.msb.cli.scan.RuleCatalog;
import org.msb.rule.Rule;
import org.msb.rule.RuleSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Stand-ins for the shaded rule jars: one small real jar (zip) per rule of this build, different per rule. */
final class RuleJars {
    private RuleJars() {}

    /** Writes {@code <rule-id>.jar} for every rule into {@code dir}, as msb deploy expects under --jars; returns the rules. */
    static List<RuleSpec> writeTo(Path dir) throws IOException {
        List<RuleSpec> rules = RuleCatalog.load().rules().stream().map(Rule::spec).toList();
        for (RuleSpec s : rules) Files.write(dir.resolve(s.id() + ".jar"), jar(s.id()));
        return rules;
    }

    static byte[] jar(String id) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("META-INF/services/org.msb.rule.Rule"));
            zip.write(("org.msb.rules." + id.replace("-", "") + ".Rule\n").getBytes());
        }
        return bytes.toByteArray();
    }
}
