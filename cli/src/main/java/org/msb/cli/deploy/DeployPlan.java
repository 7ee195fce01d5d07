package org.msb.cli.deploy;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What apply would do for a StackSet deployment, computed from what AWS holds now: artifact buckets to create and
 * objects to upload, the StackSet to create or update (and why), stack instances to add, and plain stacks (the
 * management account's own, with --include-management-account). Empty when the deployment is current.
 *
 * @param stackSet NONE, CREATE or UPDATE
 * @param stackSetReason why an update is needed ("template changed", "parameters changed: X, Y")
 */
public record DeployPlan(String account, String version, DeploySettings settings, BucketPlan buckets, StackSetPayload payload,
                         StackSetChange stackSet, String stackSetReason, List<Target> instancesToCreate, List<StackChange> stacks) {
    public enum StackSetChange { NONE, CREATE, UPDATE }

    public DeployPlan {
        instancesToCreate = List.copyOf(instancesToCreate);
        stacks = List.copyOf(stacks);
    }

    public boolean isEmpty() {
        return buckets.isEmpty() && stackSet == StackSetChange.NONE && instancesToCreate.isEmpty()
                && stacks.stream().allMatch(s -> s.kind() == StackChange.Kind.NONE);
    }

    public List<String> bucketsToCreate() { return buckets.toCreate(); }

    public Map<String, List<Artifact>> uploads() { return buckets.uploads(); }

    public Map<String, String> parameters() { return payload.parameters(); }

    public void print(PrintWriter out) {
        out.println("msb deploy: stack set " + settings.stackSetName() + " in account " + account + ", region " + settings.apiRegion()
                + " (call as " + settings.callAs() + "); artifact version " + version);
        buckets.print(out);
        out.println("  stack set " + settings.stackSetName() + ": " + switch (stackSet) {
            case NONE -> "unchanged";
            case CREATE -> "create (service-managed, automatic deployment to accounts that join the OUs)";
            case UPDATE -> "update every stack instance (" + stackSetReason + ")";
        });
        for (String note : payload.notes()) out.println("  " + note);
        if (instancesToCreate.isEmpty()) {
            out.println("  stack instances: every OU and region targeted already");
        } else {
            Map<String, List<String>> byOu = new TreeMap<>();
            for (Target t : instancesToCreate) byOu.computeIfAbsent(t.organizationalUnit(), k -> new ArrayList<>()).add(t.region());
            byOu.forEach((ou, regions) -> out.println("  stack instances: create for the accounts of " + ou + " in " + String.join(", ", regions)));
        }
        for (StackChange s : stacks) out.println("  management account " + account + ": " + s.describe());
        out.println(isEmpty() ? "nothing to change" : "  then: " + payload.done());
        out.flush();
    }
}
