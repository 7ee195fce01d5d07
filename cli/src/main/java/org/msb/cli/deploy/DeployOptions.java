package org.msb.cli.deploy;

import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;

/**
 * The options every deploy command takes ({@code msb deploy plan|apply} and each part of {@code msb deploy central}),
 * as a picocli mixin: where the release comes from, where its artifacts go, where AWS calls go and how long to wait.
 */
public final class DeployOptions {
    @Option(names = "--jars", paramLabel = "DIR", description = "Folder holding <rule-id>.jar (default: rules/<rule-id>/target/lambda/ under --root)")
    private Path jars;

    @Option(names = "--root", paramLabel = "DIR", description = "The project folder (default: the current folder)")
    private Path root = Path.of(".");

    @Option(names = "--artifact-version", paramLabel = "VERSION", description = "Key prefix of this release (default: a digest of what is deployed)")
    private String artifactVersion;

    @Option(names = "--bucket-prefix", paramLabel = "PREFIX",
            description = "Artifact buckets of the calling account are <prefix>-<region> (default: msb-artifacts-<account id>)")
    private String bucketPrefix;

    @Option(names = "--organization-id", paramLabel = "o-...", description = "The organization (default: read from AWS Organizations)")
    private String organizationId;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send every AWS call to this endpoint (an emulator such as moto)")
    private URI endpoint;

    @Option(names = "--timeout-minutes", defaultValue = "120", description = "Give up waiting after this long. Default: ${DEFAULT-VALUE}")
    private long timeoutMinutes;

    @Option(names = "--poll-seconds", defaultValue = "15", description = "Between status checks. Default: ${DEFAULT-VALUE}")
    private long pollSeconds;

    /** Null: the jars' default folder under {@link #root()}. */
    public Path jars() { return jars; }

    public Path root() { return root; }

    /** Null: a digest of what is deployed. */
    public String artifactVersion() { return artifactVersion; }

    /** Null: msb-artifacts-&lt;account id&gt;. */
    public String bucketPrefix() { return bucketPrefix; }

    /** Null: read from AWS Organizations. */
    public String organizationId() { return organizationId; }

    /** Null: AWS itself. */
    public URI endpoint() { return endpoint; }

    public long timeoutSeconds() { return timeoutMinutes * 60; }

    public long pollSeconds() { return pollSeconds; }
}
