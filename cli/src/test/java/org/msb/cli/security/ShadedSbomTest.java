package org.msb.cli.security;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The CycloneDX SBOM the build writes beside each Lambda jar ({@code rules/<id>/target/lambda/<id>.cdx.json}) and
 * the CLI jar ({@code cli/target/msb.cdx.json}) lists every component shaded into the jar, with its version; what
 * it lists beyond the jar is only what the shade configuration excludes (the SDK's Apache and Netty HTTP clients
 * and their dependencies: the runtime closure Maven resolves, not shipped). The jars exist after {@code mvn package};
 * in a test-only build there is nothing to check and the test is skipped, saying so.
 */
class ShadedSbomTest {
    static final Path ROOT = Path.of(System.getProperty("msb.projectRoot", ".."));

    @Test
    void everySbom_listsEveryShadedComponentWithItsVersion() throws Exception {
        List<Path[]> pairs = new ArrayList<>();
        try (Stream<Path> rules = Files.list(ROOT.resolve("rules"))) {
            for (Path dir : rules.filter(Files::isDirectory).sorted().toList()) {
                String id = dir.getFileName().toString();
                pairs.add(new Path[]{dir.resolve("target/lambda/" + id + ".jar"), dir.resolve("target/lambda/" + id + ".cdx.json")});
            }
        }
        pairs.add(new Path[]{ROOT.resolve("cli/target/msb.jar"), ROOT.resolve("cli/target/msb.cdx.json")});
        List<Path[]> built = pairs.stream().filter(p -> Files.exists(p[0]) && Files.exists(p[1])).toList();
        assumeFalse(built.isEmpty(), "no jar with its SBOM yet: run mvn package");

        List<String> excludes = shadeExcludes(ROOT.resolve("rules/pom.xml"));
        assertTrue(excludes.contains("io.netty:*"), "the shade excludes were read: " + excludes);
        List<String> problems = new ArrayList<>();
        for (Path[] p : built) {
            Set<String> shaded = shadedComponents(p[0]);
            Set<String> listed = sbomComponents(p[1]);
            Set<String> missing = new TreeSet<>(shaded);
            missing.removeAll(listed);
            if (!missing.isEmpty()) problems.add(p[1].getFileName() + " lacks shaded " + missing);
            Set<String> extra = new TreeSet<>(listed);
            extra.removeAll(shaded);
            extra.removeIf(c -> excluded(c, excludes) || shadedWithoutPomProperties(p[0], c));
            if (!extra.isEmpty()) problems.add(p[1].getFileName() + " lists what is neither shaded nor excluded from shading: " + extra);
        }
        assertEquals(List.of(), problems, built.size() + " jar(s) checked");
    }

    @Test
    void ruleSbom_whenBuilt_namesTheSdkModulesAndGsonWithVersions() throws IOException {
        Path bom = ROOT.resolve("rules/password-policy/target/lambda/password-policy.cdx.json");
        assumeFalse(!Files.exists(bom), "password-policy is not packaged yet: run mvn package");
        Set<String> listed = sbomComponents(bom);
        for (String c : List.of("software.amazon.awssdk:iam:2.40.2", "software.amazon.awssdk:sdk-core:2.40.2",
                "software.amazon.awssdk:url-connection-client:2.40.2", "com.google.code.gson:gson:2.13.2", "org.msb:msb-shared:0.1.0-SNAPSHOT")) {
            assertTrue(listed.contains(c), c + " in " + listed);
        }
        JsonObject root = JsonParser.parseString(Files.readString(bom)).getAsJsonObject();
        assertEquals("CycloneDX", root.get("bomFormat").getAsString());
        for (JsonElement e : root.getAsJsonArray("components")) {
            JsonObject c = e.getAsJsonObject();
            assertTrue(c.has("purl") && c.get("purl").getAsString().startsWith("pkg:maven/"), "a package URL for " + c);
            assertTrue(c.has("hashes") && !c.getAsJsonArray("hashes").isEmpty(), "hashes for " + c.get("name"));
        }
    }

    /** True for a listed component whose jar has no pom.properties but whose classes are in the jar. */
    static boolean shadedWithoutPomProperties(Path jar, String gav) {
        String pkg = NO_POM_PROPERTIES.get(gav.substring(0, gav.lastIndexOf(':')));
        if (pkg == null) return false;
        try (ZipFile z = new ZipFile(jar.toFile())) {
            return z.getEntry(pkg) != null || z.stream().anyMatch(e -> e.getName().startsWith(pkg));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** group:artifact:version of every jar shaded in, from the META-INF/maven/../pom.properties each one carries. */
    static Set<String> shadedComponents(Path jar) throws IOException {
        Set<String> out = new TreeSet<>();
        try (ZipFile z = new ZipFile(jar.toFile())) {
            for (ZipEntry e : z.stream().toList()) {
                if (!e.getName().startsWith("META-INF/maven/") || !e.getName().endsWith("/pom.properties")) continue;
                Properties p = new Properties();
                try (InputStream in = z.getInputStream(e)) { p.load(in); }
                out.add(p.getProperty("groupId") + ":" + p.getProperty("artifactId") + ":" + p.getProperty("version"));
            }
        }
        return out;
    }

    /** group:name:version of the SBOM's components and of the jar itself (metadata.component). */
    static Set<String> sbomComponents(Path bom) throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(bom, StandardCharsets.UTF_8)).getAsJsonObject();
        Set<String> out = new TreeSet<>();
        out.add(gav(root.getAsJsonObject("metadata").getAsJsonObject("component")));
        for (JsonElement e : root.getAsJsonArray("components")) out.add(gav(e.getAsJsonObject()));
        return out;
    }

    private static String gav(JsonObject c) {
        return c.get("group").getAsString() + ":" + c.get("name").getAsString() + ":" + c.get("version").getAsString();
    }

    /** The artifactSet excludes of the shade configuration ("g:a" or "g:*"). */
    static List<String> shadeExcludes(Path pom) throws Exception {
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        NodeList sets = d.getElementsByTagName("artifactSet");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sets.getLength(); i++) {
            NodeList ex = ((org.w3c.dom.Element) sets.item(i)).getElementsByTagName("exclude");
            for (int j = 0; j < ex.getLength(); j++) out.add(ex.item(j).getTextContent().trim());
        }
        return out;
    }

    private static boolean excluded(String gav, List<String> excludes) {
        String[] p = gav.split(":");
        for (String x : excludes) {
            String[] e = x.split(":");
            if (e[0].equals(p[0]) && (e[1].equals("*") || e[1].equals(p[1]))) return true;
        }
        return false;
    }

    /** Jars that carry no pom.properties, and a package that shows they were shaded in. */
    static final java.util.Map<String, String> NO_POM_PROPERTIES = java.util.Map.of(
            "org.reactivestreams:reactive-streams", "org/reactivestreams/",
            "software.amazon.awssdk:third-party-jackson-core", "software/amazon/awssdk/thirdparty/jackson/core/",
            "info.picocli:picocli", "picocli/");
}
