package org.msb.cli.deploy;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/** The stack that creates one region's artifact bucket from deploy/artifact-bucket.yaml, created when the bucket is missing. */
final class BucketStack {
    static final String STACK_NAME = "msb-artifacts";

    private final StackClient stacks;
    private final String region;

    BucketStack(StackClient stacks, String region) {
        this.stacks = stacks;
        this.region = region;
    }

    /** The template is small, so it goes as the body; the stack's own events name what failed. */
    void create(String template, String bucketPrefix, String organizationId, PrintWriter progress) {
        stacks.create(STACK_NAME, r -> r.templateBody(template), Map.of("BucketNamePrefix", bucketPrefix, "OrganizationId", organizationId),
                List.of(), progress);
        progress.println("  " + region + ": artifact bucket " + bucketPrefix + "-" + region + " created (stack " + STACK_NAME + ")");
        progress.flush();
    }
}
