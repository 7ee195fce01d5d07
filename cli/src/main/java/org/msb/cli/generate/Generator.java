package org.msb.cli.generate;

import org.msb.rule.RuleSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Everything users deploy, generated from the rule specs: conformance-packs/, deploy/ and docs/controls.md.
 * The output depends only on the specs (no dates, no versions), so regenerating with unchanged rules gives
 * the same bytes and a test can compare it with what is committed.
 */
public final class Generator {
    /** The folders whose every file is generated; a generated file there that is no longer produced is stale. */
    public static final List<String> OWNED_DIRS = List.of("conformance-packs", "deploy");
    /** The member StackSet template and the artifact bucket template, for msb deploy. */
    public static final String MEMBER_TEMPLATE = MemberTemplate.FILE;
    public static final String BUCKET_TEMPLATE = ArtifactBucketTemplate.FILE;

    private Generator() {}

    /** Relative path to content, in a stable order. */
    public static Map<String, String> generate(List<RuleSpec> rules) {
        if (rules.isEmpty()) throw new IllegalStateException("no rules on the class path: nothing to generate");
        PackLayout layout = PackLayout.plan(rules);
        Map<String, String> files = new LinkedHashMap<>(PackFiles.files(layout));
        files.put(MemberTemplate.FILE, MemberTemplate.render(rules, layout));
        files.put(ArtifactBucketTemplate.FILE, ArtifactBucketTemplate.render());
        files.put(CentralTemplates.FUNCTIONS_FILE, CentralTemplates.functions(rules));
        files.put(CentralTemplates.MEMBER_ROLE_FILE, CentralTemplates.memberRole(rules));
        files.put(CentralTemplates.ORGANIZATION_PACKS_FILE, CentralTemplates.organizationPacks(rules, layout));
        files.put(ControlsDoc.FILE, ControlsDoc.render(rules, layout));
        return files;
    }

    /** What differs between the generated files and a project folder: changed, missing and stale files. */
    public static List<String> differences(Map<String, String> generated, Path root) throws IOException {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path p = root.resolve(e.getKey());
            if (!Files.exists(p)) {
                out.add(e.getKey() + ": missing");
            } else if (!Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) {
                out.add(e.getKey() + ": differs from what the rule specs generate");
            }
        }
        for (String stale : stale(generated, root)) out.add(stale + ": generated earlier but no longer produced");
        return out;
    }

    /** Writes every file; deletes generated files in the owned folders that are no longer produced. */
    public static List<String> write(Map<String, String> generated, Path root) throws IOException {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : generated.entrySet()) {
            Path p = root.resolve(e.getKey());
            if (Files.exists(p) && Files.readString(p, StandardCharsets.UTF_8).equals(e.getValue())) continue;
            Files.createDirectories(p.getParent());
            Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
            changed.add(e.getKey());
        }
        for (String stale : stale(generated, root)) {
            Files.delete(root.resolve(stale));
            changed.add(stale + " (deleted)");
        }
        return changed;
    }

    private static List<String> stale(Map<String, String> generated, Path root) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (String dir : OWNED_DIRS) {
            Path d = root.resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> files = Files.walk(d)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String rel = root.relativize(f).toString().replace('\\', '/');
                    if (!generated.containsKey(rel) && Generated.isGenerated(Files.readString(f, StandardCharsets.UTF_8))) out.add(rel);
                }
            }
        }
        return List.copyOf(out);
    }
}
