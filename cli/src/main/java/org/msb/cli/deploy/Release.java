package org.msb.cli.deploy;

import org.msb.cli.generate.Generator;
import org.msb.cli.generate.Names;
import org.msb.cli.generate.Pack;
import org.msb.cli.generate.PackLayout;
import org.msb.rule.RuleSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What one deployment ships: every rule's Lambda jar and the member template (generated from the same rule specs
 * as the jars, so the two always match), under one artifact version. The version defaults to a digest of all of
 * it, so an unchanged build has the same version, finds its objects already uploaded and changes nothing.
 */
public record Release(String version, List<Artifact> jars, Artifact memberTemplate, String bucketTemplate, List<Pack> packs) {
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    public Release {
        jars = List.copyOf(jars);
        packs = List.copyOf(packs);
    }

    /**
     * @param jarsDir where {@code <rule-id>.jar} files are; null = each rule module's build output,
     *                {@code <projectRoot>/rules/<rule-id>/target/lambda/<rule-id>.jar}
     * @param version the artifact version to use; null = derived from the content
     */
    public static Release of(List<RuleSpec> rules, Path projectRoot, Path jarsDir, String version) throws IOException {
        Map<String, String> generated = Generator.generate(rules);
        String member = generated.get(Generator.MEMBER_TEMPLATE);
        List<Path> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (RuleSpec s : rules) {
            Path jar = jarsDir != null ? jarsDir.resolve(Names.jarName(s))
                    : projectRoot.resolve("rules").resolve(s.id()).resolve("target/lambda").resolve(Names.jarName(s));
            if (Files.isRegularFile(jar)) found.add(jar); else missing.add(s.id() + " (" + jar + ")");
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no Lambda jar for rule(s) " + String.join(", ", missing)
                    + "; build them with: mvn -B -DskipTests package (or pass --jars DIR holding <rule-id>.jar)");
        }
        List<byte[]> contents = new ArrayList<>();
        for (Path p : found) contents.add(Files.readAllBytes(p));
        String v = version != null ? version : digest(rules, contents, member);
        if (!VERSION.matcher(v).matches()) throw new IllegalArgumentException("artifact version \"" + v + "\" must be 1-40 of A-Z a-z 0-9 . _ -");
        List<Artifact> jars = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) jars.add(Artifact.of(v + "/" + Names.jarName(rules.get(i)), contents.get(i)));
        return new Release(v, jars, Artifact.of(v + "/member-stackset.yaml", member), generated.get(Generator.BUCKET_TEMPLATE),
                PackLayout.plan(rules).deployed());
    }

    /** 12 hex characters of the SHA-256 over every rule id, jar and the template. */
    static String digest(List<RuleSpec> rules, List<byte[]> jars, String template) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) all.append(rules.get(i).id()).append(':').append(Artifact.sha256(jars.get(i))).append('\n');
        all.append("template:").append(Artifact.sha256(template.getBytes(StandardCharsets.UTF_8)));
        return Artifact.sha256(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** Every object a region's bucket needs: the jars, and the template in the StackSet's own region. */
    public List<Artifact> objectsFor(String region, String apiRegion) {
        List<Artifact> all = new ArrayList<>(jars);
        if (region.equals(apiRegion)) all.add(memberTemplate);
        return all;
    }
}
