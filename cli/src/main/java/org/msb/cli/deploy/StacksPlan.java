package org.msb.cli.deploy;

import java.io.PrintWriter;
import java.util.List;

/**
 * What apply would do for plain stacks in the calling account (the central pattern's functions and packs): artifact
 * buckets and uploads, then each region's stack to create, update or leave. Empty when everything is current.
 *
 * @param title what is deployed, for the first line ("central functions")
 * @param done what apply says at the end
 */
public record StacksPlan(String title, String account, String version, BucketPlan buckets, List<StackChange> stacks, String done) {
    public StacksPlan {
        stacks = List.copyOf(stacks);
    }

    public boolean isEmpty() { return buckets.isEmpty() && stacks.stream().allMatch(s -> s.kind() == StackChange.Kind.NONE); }

    public void print(PrintWriter out) {
        out.println("msb deploy: " + title + " in account " + account + "; artifact version " + version);
        buckets.print(out);
        for (StackChange s : stacks) out.println("  " + s.describe());
        out.println(isEmpty() ? "nothing to change" : "  then: " + done);
        out.flush();
    }
}
