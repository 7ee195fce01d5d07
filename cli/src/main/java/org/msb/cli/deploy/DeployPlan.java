package org.msb.cli.deploy;

import org.msb.cli.generate.Pack;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What {@code msb deploy apply} would do, computed from what AWS holds now: artifact buckets to create, objects to
 * upload, the StackSet to create or update (and why), stack instances to add. Empty when the deployment is current.
 *
 * @param stackSet NONE, CREATE or UPDATE
 * @param stackSetReason why an update is needed ("template changed", "parameters changed: X, Y")
 */
public record DeployPlan(String account, Release release, String bucketPrefix, List<String> bucketsToCreate,
                         Map<String, List<Artifact>> uploads, StackSetChange stackSet, String stackSetReason,
                         Map<String, String> parameters, List<Target> instancesToCreate) {
    public enum StackSetChange { NONE, CREATE, UPDATE }

    public DeployPlan {
        bucketsToCreate = List.copyOf(bucketsToCreate);
        uploads = Map.copyOf(uploads);
        parameters = Map.copyOf(parameters);
        instancesToCreate = List.copyOf(instancesToCreate);
    }

    public boolean isEmpty() {
        return bucketsToCreate.isEmpty() && uploads.values().stream().allMatch(List::isEmpty) && stackSet == StackSetChange.NONE
                && instancesToCreate.isEmpty();
    }

    /** Which packs each stack creates, and where. */
    String packs(DeploySettings settings) {
        List<String> parts = new java.util.ArrayList<>();
        List<Pack> every = release.packs().stream().filter(p -> !p.homeRegionOnly() && p.kind() != Pack.Kind.EXTENDED).toList();
        List<Pack> home = release.packs().stream().filter(p -> p.homeRegionOnly() && p.kind() != Pack.Kind.EXTENDED).toList();
        List<Pack> optional = release.packs().stream().filter(p -> p.kind() == Pack.Kind.EXTENDED).toList();
        if (!every.isEmpty()) parts.add(names(every) + " in every region");
        if (!home.isEmpty()) parts.add(names(home) + " in " + settings.homeRegion() + " only");
        if (!optional.isEmpty()) {
            parts.add(names(optional) + (settings.parameters().containsKey("EnableOptionalControls") ? " (optional controls: on)"
                    : " not deployed (optional controls: --enable-optional-controls)"));
        }
        return String.join("; ", parts);
    }

    private static String names(List<Pack> packs) { return packs.stream().map(Pack::name).collect(Collectors.joining(", ")); }

    public void print(DeploySettings settings, PrintWriter out) {
        out.println("msb deploy: stack set " + settings.stackSetName() + " in account " + account + ", region " + settings.apiRegion()
                + " (call as " + settings.callAs() + "); artifact version " + release.version() + ", " + release.jars().size() + " rule(s)");
        for (String region : bucketsToCreate) {
            out.println("  artifact bucket " + bucketPrefix + "-" + region + ": create (stack " + BucketStack.STACK_NAME + " in " + region + ")");
        }
        Map<String, List<Artifact>> sorted = new TreeMap<>(uploads);
        sorted.forEach((region, list) -> out.println("  upload to s3://" + bucketPrefix + "-" + region + "/" + release.version() + "/: "
                + (list.isEmpty() ? "nothing (up to date)" : list.size() + " object(s): "
                + list.stream().map(a -> a.key().substring(a.key().indexOf('/') + 1)).collect(Collectors.joining(", ")))));
        out.println("  stack set " + settings.stackSetName() + ": " + switch (stackSet) {
            case NONE -> "unchanged";
            case CREATE -> "create (service-managed, automatic deployment to accounts that join the OUs)";
            case UPDATE -> "update every stack instance (" + stackSetReason + ")";
        });
        out.println("  conformance packs in each account: " + packs(settings));
        if (instancesToCreate.isEmpty()) {
            out.println("  stack instances: every OU and region targeted already");
        } else {
            Map<String, List<String>> byOu = new TreeMap<>();
            for (Target t : instancesToCreate) byOu.computeIfAbsent(t.organizationalUnit(), k -> new java.util.ArrayList<>()).add(t.region());
            byOu.forEach((ou, regions) -> out.println("  stack instances: create for the accounts of " + ou + " in " + String.join(", ", regions)));
        }
        if (isEmpty()) {
            out.println("nothing to change");
        } else {
            out.println("  then: each new or updated stack starts its conformance packs' rule evaluations (its StartEvaluations resource)");
        }
        out.flush();
    }
}
