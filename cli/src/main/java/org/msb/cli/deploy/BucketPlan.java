package org.msb.cli.deploy;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The artifact buckets' part of a plan: the regions whose bucket {@code <prefix>-<region>} is to be created (from
 * bucketTemplate, deploy/artifact-bucket.yaml), and per region the objects to upload (absent, or present with other content).
 */
public record BucketPlan(String prefix, List<String> toCreate, Map<String, List<Artifact>> uploads, String bucketTemplate) {
    public BucketPlan {
        toCreate = List.copyOf(toCreate);
        uploads = Map.copyOf(uploads);
    }

    public boolean isEmpty() { return toCreate.isEmpty() && uploads.values().stream().allMatch(List::isEmpty); }

    public String bucket(String region) { return prefix + "-" + region; }

    void print(PrintWriter out) {
        for (String region : toCreate) out.println("  artifact bucket " + bucket(region) + ": create (stack " + BucketStack.STACK_NAME + " in " + region + ")");
        new TreeMap<>(uploads).forEach((region, list) -> out.println("  upload to s3://" + bucket(region) + "/: "
                + (list.isEmpty() ? "nothing (up to date)" : list.size() + " object(s): " + list.stream().map(Artifact::key).collect(Collectors.joining(", ")))));
    }
}
