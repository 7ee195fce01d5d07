package org.msb.cli.deploy;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Plans and applies a deployment: artifact buckets (a stack per region where the bucket is missing), the jars and
 * template uploaded where absent, the service-managed StackSet created or updated, stack instances added for every
 * OU and region not yet targeted, each StackSet operation awaited with progress. What is already current is left
 * alone, so running it twice changes nothing the second time. A failure stops the run and names the account, region
 * and resource; whatever succeeded before it stays in place.
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
    private final Sleeper sleeper;
    private final PrintWriter progress;

    public Deployer(DeploySettings settings, Clients clients, Sleeper sleeper, PrintWriter progress) {
        this.settings = settings;
        this.clients = clients;
        this.sleeper = sleeper;
        this.progress = progress;
    }

    public DeployPlan plan(Release release) {
        StackSetParameters.check(settings, release);  // a mistyped parameter fails before any AWS call
        String account = clients.accountId();
        String prefix = settings.bucketPrefix() != null ? settings.bucketPrefix() : "msb-artifacts-" + account;
        List<String> bucketsToCreate = new ArrayList<>();
        Map<String, List<Artifact>> uploads = new LinkedHashMap<>();
        for (String region : settings.bucketRegions()) {
            ArtifactStore store = store(region, prefix, account);
            List<Artifact> objects = release.objectsFor(region, settings.apiRegion());
            if (store.bucketExists()) {
                uploads.put(region, store.missing(objects));
            } else {
                bucketsToCreate.add(region);
                uploads.put(region, objects);
            }
        }
        Map<String, String> parameters = StackSetParameters.of(settings, release, prefix);
        Optional<StackSetClient.Current> current = stackSet(account).describe();
        List<Target> wanted = new ArrayList<>();
        for (String ou : settings.organizationalUnits()) for (String region : settings.regions()) wanted.add(new Target(ou, region));
        if (current.isEmpty()) {
            return new DeployPlan(account, release, prefix, bucketsToCreate, uploads, DeployPlan.StackSetChange.CREATE, null, parameters, wanted);
        }
        List<String> reasons = new ArrayList<>();
        if (!sameTemplate(release.memberTemplate().text(), current.get().templateBody())) reasons.add("template changed");
        List<String> changed = changedParameters(current.get().parameters(), parameters);
        if (!changed.isEmpty()) reasons.add("parameters changed: " + String.join(", ", changed));
        List<Target> missing = wanted.stream().filter(t -> !current.get().covered().contains(t)).toList();
        return new DeployPlan(account, release, prefix, bucketsToCreate, uploads,
                reasons.isEmpty() ? DeployPlan.StackSetChange.NONE : DeployPlan.StackSetChange.UPDATE, String.join("; ", reasons), parameters, missing);
    }

    public void apply(DeployPlan plan) {
        if (plan.isEmpty()) {
            progress.println("nothing to change: the deployment is current");
            progress.flush();
            return;
        }
        long poll = settings.pollSeconds() * 1000, timeout = settings.timeoutSeconds() * 1000;
        if (!plan.bucketsToCreate().isEmpty()) {
            String organizationId = settings.organizationId() != null ? settings.organizationId() : clients.organizationId();
            for (String region : plan.bucketsToCreate()) {
                new BucketStack(clients.cloudFormation(region), region, plan.account(), sleeper, poll, timeout)
                        .create(plan.release().bucketTemplate(), plan.bucketPrefix(), organizationId, progress);
            }
        }
        for (Map.Entry<String, List<Artifact>> e : new TreeMap<>(plan.uploads()).entrySet()) {
            if (e.getValue().isEmpty()) continue;
            ArtifactStore store = store(e.getKey(), plan.bucketPrefix(), plan.account());
            for (Artifact a : e.getValue()) store.upload(a);
            progress.println("  " + e.getKey() + ": uploaded " + e.getValue().size() + " object(s) to s3://" + store.bucket() + "/" + plan.release().version() + "/");
            progress.flush();
        }
        StackSetClient stackSet = stackSet(plan.account());
        OperationWaiter waiter = new OperationWaiter(stackSet, sleeper, poll, timeout);
        String templateUrl = templateUrl(plan.bucketPrefix() + "-" + settings.apiRegion(), settings.apiRegion(), plan.release().memberTemplate().key());
        switch (plan.stackSet()) {
            case CREATE -> {
                stackSet.create(templateUrl, plan.parameters());
                progress.println("  stack set " + settings.stackSetName() + " created");
            }
            case UPDATE -> waiter.await(stackSet.update(templateUrl, plan.parameters()), "update (" + plan.stackSetReason() + ")", progress);
            case NONE -> { }
        }
        for (Map.Entry<List<String>, List<String>> group : instanceGroups(plan.instancesToCreate()).entrySet()) {
            String op = stackSet.createInstances(group.getValue(), group.getKey());
            waiter.await(op, "create stack instances for " + String.join(", ", group.getValue()) + " in " + String.join(", ", group.getKey()), progress);
        }
        progress.println("deployed artifact version " + plan.release().version() + "; each new or updated stack starts its rules' evaluations, "
                + "so results appear in the Config console within minutes");
        progress.flush();
    }

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

    private ArtifactStore store(String region, String prefix, String account) {
        return new ArtifactStore(clients.s3(region), prefix + "-" + region, region, account);
    }

    private StackSetClient stackSet(String account) {
        return new StackSetClient(clients.cloudFormation(settings.apiRegion()), settings, account);
    }
}
