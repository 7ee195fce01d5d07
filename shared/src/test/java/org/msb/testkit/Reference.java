package org.msb.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only reference folder beside the project (../shared): resource schema and example items. */
public final class Reference {
    private Reference() {}

    public static Path root() {
        String p = System.getProperty("msb.reference");
        if (p != null && Files.isDirectory(Path.of(p, "aws"))) return Path.of(p).toAbsolutePath().normalize();
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path candidate = d.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("aws/config-resource-schema"))) return candidate.normalize();
        }
        throw new IllegalStateException("reference folder ../shared (with aws/config-resource-schema) not found; set -Dmsb.reference");
    }

    public static Path examples() { return root().resolve("aws/example-configuration-items"); }

    public static Path schema(String resourceType) {
        return root().resolve("aws/config-resource-schema/config/properties/resource-types/" + resourceType + ".properties.json");
    }
}
