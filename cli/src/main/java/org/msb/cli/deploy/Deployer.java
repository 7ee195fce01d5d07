package org.msb.cli.deploy;

import org.msb.cli.generate.Pack;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Plans and applies a StackSet deployment (the default pattern's member StackSet, or the central pattern's member
 * role): artifact buckets (a stack per region where the bucket is missing), the objects uploaded where absent, the
 * service-managed StackSet created or updated, stack instances added for every OU and region not yet targeted, each
 * StackSet operation awaited with progress, then plain stacks in the calling account (the management account's own,
 * with --include-management-account). What is already current is left alone, so running it twice changes nothing the
 * second time. A failure stops the run and names the account, region and resource; whatever succeeded before it stays.
 */
public final class Deployer {
    /** The AWS clients a deployment uses, per region, in the deploying (management or delegated-admin) account. */
    public interface Clients {
        S3Client s3(String region);

        CloudFormationClient cloudFormation(String region);

        String accountId();

        /** The organization's id (o-...), for the artifact buckets' policy. */
        String organizationId();
    }

    private final DeploySettings settings;
    private final Clients clients;
    private final Waiting waiting;
    private final PrintWriter progress;

    public Deployer(DeploySettings settings, Clients clients, Sleeper sleeper, PrintWriter progress) {
        this.settings = settings;
        this.clients = clients;
        this.waiting = Waiting.of(sleeper, settings.pollSeconds(), settings.timeoutSeconds());
        this.progress = progress;
    }

    /** The default pattern: the member template as a StackSet (and, if asked, as the management account's own stacks). */
    public DeployPlan plan(Release release) {
        StackSetParameters.check(settings, release);  // a mistyped parameter fails before any AWS call
        String account = clients.accountId();
        String prefix = ArtifactBuckets.prefix(settings.bucketPrefix(), account);
        Map<String, String> parameters = StackSetParameters.of(settings, release, prefix);
        Map<String, List<Artifact>> objects = new LinkedHashMap<>();
        for (String region : settings.bucketRegions()) {
            objects.put(region, release.objectsFor(region, settings.apiRegion(), settings.includeManagementAccount()));
        }
        List<Capability> capabilities = List.of(Capability.CAPABILITY_IAM);
        StackSetPayload payload = new StackSetPayload(release.memberTemplate(), objects, parameters, capabilities,
                List.of("in each account and region: " + release.jars().size() + " rule function(s)", "conformance packs in each account: " + packs(release)),
                "each new or updated stack starts its conformance packs' rule evaluations (its StartEvaluations resource), "
                        + "so results appear in the Config console within minutes");
        List<StackSpec> own = !settings.includeManagementAccount() ? List.of() : settings.regions().stream()
                .map(r -> new StackSpec(r, settings.stackSetName(), release.memberTemplate(), parameters, capabilities)).toList();
        return plan(account, release, prefix, payload, own);
    }

    /** Any StackSet: buckets and uploads, the StackSet itself, its missing instances, then plain stacks in this account. */
    DeployPlan plan(String account, Release release, String prefix, StackSetPayload payload, List<StackSpec> stacks) {
        String version = release.version();
        ArtifactBuckets buckets = buckets(account, prefix);
        BucketPlan bucketPlan = buckets.plan(payload.objects(), release.bucketTemplate());
        Optional<StackSetClient.Current> current = stackSet(account).describe();
        List<Target> wanted = new ArrayList<>();
        for (String ou : settings.organizationalUnits()) for (String region : settings.regions()) wanted.add(new Target(ou, region));
        List<StackChange> stackChanges = stacks.stream().map(s -> buckets.stacks(s.region()).plan(s)).toList();
        if (current.isEmpty()) {
            return new DeployPlan(account, version, settings, bucketPlan, payload, DeployPlan.StackSetChange.CREATE, null, wanted, stackChanges);
        }
        List<String> reasons = new ArrayList<>();
        if (!sameTemplate(payload.template().text(), current.get().templateBody())) reasons.add("template changed");
        List<String> changed = changedParameters(current.get().parameters(), payload.parameters());
        if (!changed.isEmpty()) reasons.add("parameters changed: " + String.join(", ", changed));
        List<Target> missing = wanted.stream().filter(t -> !current.get().covered().contains(t)).toList();
        return new DeployPlan(account, version, settings, bucketPlan, payload,
                reasons.isEmpty() ? DeployPlan.StackSetChange.NONE : DeployPlan.StackSetChange.UPDATE, String.join("; ", reasons), missing, stackChanges);
    }

    /** The calling account's id (the management or delegated-administrator account). */
    String account() { return clients.accountId(); }

    public void apply(DeployPlan plan) {
        if (plan.isEmpty()) {
            progress.println("nothing to change: the deployment is current");
            progress.flush();
            return;
        }
        ArtifactBuckets buckets = buckets(plan.account(), plan.buckets().prefix());
        buckets.apply(plan.buckets(), settings.organizationId(), progress);
        StackSetClient stackSet = stackSet(plan.account());
        OperationWaiter waiter = new OperationWaiter(stackSet, waiting.sleeper(), waiting.pollMillis(), waiting.timeoutMillis());
        String templateUrl = buckets.url(settings.apiRegion(), plan.payload().template());
        switch (plan.stackSet()) {
            case CREATE -> {
                stackSet.create(templateUrl, plan.parameters(), plan.payload().capabilities());
                progress.println("  stack set " + settings.stackSetName() + " created");
            }
            case UPDATE -> waiter.await(stackSet.update(templateUrl, plan.parameters(), plan.payload().capabilities()),
                    "update (" + plan.stackSetReason() + ")", progress);
            case NONE -> { }
        }
        for (Map.Entry<List<String>, List<String>> group : instanceGroups(plan.instancesToCreate()).entrySet()) {
            String op = stackSet.createInstances(group.getValue(), group.getKey());
            waiter.await(op, "create stack instances for " + String.join(", ", group.getValue()) + " in " + String.join(", ", group.getKey()), progress);
        }
        for (StackChange change : plan.stacks()) {
            if (change.kind() == StackChange.Kind.NONE) continue;
            progress.println("  management account " + plan.account() + ": " + change.describe());
            buckets.apply(change, progress);
        }
        progress.println("deployed artifact version " + plan.version() + "; " + plan.payload().done());
        progress.flush();
    }

    /** Which packs each stack creates, and where. */
    private String packs(Release release) {
        List<String> parts = new ArrayList<>();
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

    /** Missing targets as CreateStackInstances calls: OUs that miss the same regions go together (regions -> OUs). */
    static Map<List<String>, List<String>> instanceGroups(List<Target> targets) {
        Map<String, List<String>> regionsByOu = new TreeMap<>();
        for (Target t : targets) regionsByOu.computeIfAbsent(t.organizationalUnit(), k -> new ArrayList<>()).add(t.region());
        Map<List<String>, List<String>> out = new LinkedHashMap<>();
        regionsByOu.forEach((ou, regions) -> out.computeIfAbsent(List.copyOf(regions), k -> new ArrayList<>()).add(ou));
        return out;
    }

    /** Equal but for line endings and trailing blanks (in case the service normalises what it stores). */
    static boolean sameTemplate(String wanted, String current) {
        return current != null && normalized(wanted).equals(normalized(current));
    }

    private static String normalized(String t) { return t.replace("\r\n", "\n").replaceAll("[ \t]+\n", "\n").strip(); }

    static List<String> changedParameters(Map<String, String> current, Map<String, String> wanted) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : wanted.entrySet()) if (!e.getValue().equals(current.get(e.getKey()))) out.add(e.getKey());
        for (String k : current.keySet()) if (!wanted.containsKey(k)) out.add(k + " (back to its default)");
        return out;
    }

    static String templateUrl(String bucket, String region, String key) {
        return "https://" + bucket + ".s3." + region + ".amazonaws.com" + (region.startsWith("cn-") ? ".cn" : "") + "/" + key;
    }

    private ArtifactBuckets buckets(String account, String prefix) { return new ArtifactBuckets(clients, account, prefix, waiting); }

    private StackSetClient stackSet(String account) {
        return new StackSetClient(clients.cloudFormation(settings.apiRegion()), settings, account);
    }
}
