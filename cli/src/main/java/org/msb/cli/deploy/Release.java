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
public record Release(String version, List<Artifact> jars, Artifact memberTemplate, String bucketTemplate, List<Pack> packs,
                      Artifact centralFunctionsTemplate, Artifact centralMemberRoleTemplate, Artifact centralPacksTemplate) {
    // the generator's paths of the central pattern's templates (its constants for them are package-private)
    static final String CENTRAL_FUNCTIONS = "deploy/central-functions.yaml";
    static final String CENTRAL_MEMBER_ROLE = "deploy/central-member-role.yaml";
    static final String CENTRAL_PACKS = "deploy/central-organization-packs.yaml";
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
                PackLayout.plan(rules).deployed(), template(generated, v, CENTRAL_FUNCTIONS), template(generated, v, CENTRAL_MEMBER_ROLE),
                template(generated, v, CENTRAL_PACKS));
    }

    /** A generated deploy/ template as an object under the version's key prefix. */
    private static Artifact template(Map<String, String> generated, String version, String file) {
        String text = generated.get(file);
        if (text == null) throw new IllegalStateException("the generator produced no " + file);
        return Artifact.of(version + "/" + file.substring(file.lastIndexOf('/') + 1), text);
    }

    /**
     * The templates alone, for the parts that ship no code (the central pattern's member role and organization packs):
     * no jars; the version defaults to a digest of the templates.
     */
    public static Release templates(List<RuleSpec> rules, String version) {
        Map<String, String> generated = Generator.generate(rules);
        String all = generated.get(Generator.MEMBER_TEMPLATE) + generated.get(CENTRAL_FUNCTIONS) + generated.get(CENTRAL_MEMBER_ROLE) + generated.get(CENTRAL_PACKS);
        String v = version != null ? version : Artifact.sha256(all.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
        if (!VERSION.matcher(v).matches()) throw new IllegalArgumentException("artifact version \"" + v + "\" must be 1-40 of A-Z a-z 0-9 . _ -");
        return new Release(v, List.of(), Artifact.of(v + "/member-stackset.yaml", generated.get(Generator.MEMBER_TEMPLATE)),
                generated.get(Generator.BUCKET_TEMPLATE), PackLayout.plan(rules).deployed(), template(generated, v, CENTRAL_FUNCTIONS),
                template(generated, v, CENTRAL_MEMBER_ROLE), template(generated, v, CENTRAL_PACKS));
    }

    /** 12 hex characters of the SHA-256 over every rule id, jar and the template. */
    static String digest(List<RuleSpec> rules, List<byte[]> jars, String template) {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) all.append(rules.get(i).id()).append(':').append(Artifact.sha256(jars.get(i))).append('\n');
        all.append("template:").append(Artifact.sha256(template.getBytes(StandardCharsets.UTF_8)));
        return Artifact.sha256(all.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    /** Every object a region's bucket needs: the jars, and the template in the StackSet's own region. */
    public List<Artifact> objectsFor(String region, String apiRegion) { return objectsFor(region, apiRegion, false); }

    /** @param templateEverywhere the template in every region too (for the management account's own stacks) */
    public List<Artifact> objectsFor(String region, String apiRegion, boolean templateEverywhere) {
        List<Artifact> all = new ArrayList<>(jars);
        if (templateEverywhere || region.equals(apiRegion)) all.add(memberTemplate);
        return all;
    }
}
