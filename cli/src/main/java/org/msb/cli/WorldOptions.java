package org.msb.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;

/** Where the account comes from: the demo account (default), a world file, a Config snapshot, or live AWS. */
public final class WorldOptions {

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Source source = new Source();

    static final class Source {
        @Option(names = "--world", paramLabel = "FILE", description = "A world file written by msb capture (JSON, optionally gzipped).")
        Path world;

        @Option(names = "--config-snapshot", paramLabel = "FILE",
                description = "An AWS Config snapshot as delivered to S3 (optionally gzipped); items only, so fact-based rules report INSUFFICIENT_DATA.")
        Path snapshot;

        @Option(names = "--live", description = "Read the live account (read-only) with the default credential chain.")
        boolean live;
    }

    @Option(names = "--region", paramLabel = "REGION", description = "Region for --live (default: AWS_REGION or the profile's region).")
    String region;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "Send every AWS call to this endpoint (e.g. the moto emulator) for --live.")
    URI endpoint;

    public boolean isLive() { return source != null && source.live; }

    public Path world() { return source == null ? null : source.world; }

    public Path snapshot() { return source == null ? null : source.snapshot; }

    public String region() { return region; }

    public URI endpoint() { return endpoint; }
}
