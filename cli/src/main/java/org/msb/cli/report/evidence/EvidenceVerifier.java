package org.msb.cli.report.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Recomputes every digest of an evidence directory against its manifest: names each file that changed,
 * went missing, or was added since (the manifest itself is the anchor the auditor keeps or signs).
 */
public final class EvidenceVerifier {

    /** What the check found; {@code problems} is empty when every file is as written. */
    public record Result(int checked, List<String> problems) {
        public Result { problems = List.copyOf(problems); }
        public boolean ok() { return problems.isEmpty(); }
    }

    public Result verify(Path dir) throws IOException {
        EvidenceManifest m = EvidenceManifest.read(dir);
        Path root = dir.toAbsolutePath().normalize();
        List<String> problems = new ArrayList<>();
        Set<Path> listed = new HashSet<>();
        for (EvidenceManifest.Entry e : m.files()) {
            Path f = root.resolve(e.path()).normalize();
            if (!f.startsWith(root) || f.equals(root)) {
                problems.add("bad path in manifest: " + e.path() + " (outside the evidence directory)");
                continue;
            }
            listed.add(f);
            if (!Files.isRegularFile(f)) {
                problems.add("missing: " + e.path());
                continue;
            }
            String actual = EvidenceManifest.sha256(f);
            if (!actual.equalsIgnoreCase(e.sha256())) {
                problems.add("changed: " + e.path() + " (SHA-256 " + actual + ", manifest says " + e.sha256() + ")");
            } else if (Files.size(f) != e.bytes()) {
                problems.add("changed: " + e.path() + " (" + Files.size(f) + " bytes, manifest says " + e.bytes() + ")");
            }
        }
        Path manifest = root.resolve(EvidenceManifest.FILE_NAME);
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).filter(p -> !p.equals(manifest) && !listed.contains(p)).sorted()
                    .forEach(p -> problems.add("not in the manifest: " + root.relativize(p).toString().replace('\\', '/')));
        }
        return new Result(m.files().size(), problems);
    }
}
