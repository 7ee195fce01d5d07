package org.msb.fact.loader;

import org.msb.fact.SsmManagedInstances;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Association;
import software.amazon.awssdk.services.ssm.model.AssociationExecutionTarget;
import software.amazon.awssdk.services.ssm.model.AssociationFilterKey;
import software.amazon.awssdk.services.ssm.model.InstanceAssociationStatusInfo;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.Target;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ssm.managedInstances}: is each EC2 instance managed, and what was the last run on it of each
 * software-inventory association? Calls grow with pages, not instances, where the history answers:
 * <ul>
 *   <li>ssm:DescribeInstanceInformation (filter ResourceType=EC2Instance, 50 a page): the managed EC2 instances and
 *       their agent's PingStatus. An instance it does not list is not managed.</li>
 *   <li>ssm:ListAssociations filtered on the AWS-GatherSoftwareInventory document: the region's inventory
 *       associations, their targets and how many nodes have a status for each.</li>
 *   <li>each inventory association's execution history ({@link AssociationHistory}): the last run on each instance
 *       it may target, 50 instances a call.</li>
 *   <li>ssm:DescribeInstanceAssociationsStatus for an instance the history leaves unsettled (one targeted by an
 *       association that has no recent execution covering it, or a fleet of two or fewer), keeping its inventory
 *       associations' runs. It alone gives a run's error code and execution summary.</li>
 * </ul>
 * The aggregates do not answer the question on their own: DescribeInstanceInformation's
 * LastSuccessfulAssociationExecutionDate spans all associations (a patching association's success would hide a
 * failing inventory), and ListAssociations' counts do not say which instance ran it. Compliance items (ListComplianceItems,
 * one instance a call anyway) are no substitute: their ExecutionTime for an association is when any association on the
 * instance last ran. An instance without any association (DescribeInstanceInformation gives it no association status)
 * costs nothing more. An instance deregistered between the reads (InvalidInstanceId) has no runs.
 */
public final class SsmManagedInstancesLoader implements FactLoader<SsmManagedInstances> {
    /** A history walk costs two calls at least; for this many instances or fewer, reading each is no dearer. */
    static final int MIN_WALK = 2;
    private final int minWalk;

    public SsmManagedInstancesLoader() { this(MIN_WALK); }

    /** @param minWalk walk an association's history only for more instances than this (tests read each with MAX_VALUE) */
    SsmManagedInstancesLoader(int minWalk) { this.minWalk = minWalk; }

    @Override
    public SsmManagedInstances load(AwsClients clients) {
        SsmClient ssm = clients.regional(SsmClient.class, SsmClient::builder);
        List<InstanceInformation> infos = AwsCall.read("SSM", "DescribeInstanceInformation", "ssm:DescribeInstanceInformation",
                () -> ssm.describeInstanceInformationPaginator(r -> r.filters(f -> f.key("ResourceType").values("EC2Instance")).maxResults(50))
                        .instanceInformationList().stream().toList());
        List<Association> inventory = AwsCall.read("SSM", "ListAssociations", "ssm:ListAssociations",
                () -> ssm.listAssociationsPaginator(r -> r.maxResults(50).associationFilterList(
                        f -> f.key(AssociationFilterKey.NAME).value(SsmManagedInstances.INVENTORY_DOCUMENT))).associations().stream().toList());

        Set<String> withAssociations = new LinkedHashSet<>();
        for (InstanceInformation i : infos) if (hasAssociations(i)) withAssociations.add(i.instanceId());
        Map<String, List<SsmManagedInstances.AssociationRun>> runs = new HashMap<>();
        Set<String> unsettled = new LinkedHashSet<>();
        for (Association a : inventory) {
            Set<String> wanted = targeted(a, withAssociations);
            wanted.removeAll(unsettled);  // read one by one anyway
            if (wanted.size() <= minWalk) {
                unsettled.addAll(wanted);
                continue;
            }
            AssociationHistory.Result history = AssociationHistory.walk(ssm, a.associationId(), wanted, nodesWithStatus(a));
            history.lastRuns().forEach((id, target) -> runs.computeIfAbsent(id, k -> new ArrayList<>()).add(run(a, target)));
            if (!history.settled()) for (String id : wanted) if (!history.lastRuns().containsKey(id)) unsettled.add(id);
        }
        for (String id : unsettled) runs.put(id, inventoryRuns(ssm, id));  // the instance's own answer replaces the history's

        List<SsmManagedInstances.ManagedInstance> instances = new ArrayList<>(infos.size());
        for (InstanceInformation i : infos) instances.add(instance(i, runs.getOrDefault(i.instanceId(), List.of())));
        List<SsmManagedInstances.InventoryAssociation> associations = new ArrayList<>();
        for (Association a : inventory) associations.add(association(a));
        return new SsmManagedInstances(instances, associations);
    }

    /**
     * The instances an association may run on: its legacy InstanceId, the ids its InstanceIds targets name, or, for
     * any other target (all instances, tags, resource groups), every instance given.
     */
    static Set<String> targeted(Association a, Set<String> instances) {
        Set<String> named = new LinkedHashSet<>();
        if (a.instanceId() != null) {
            named.add(a.instanceId());
        } else if (!a.targets().isEmpty() && a.targets().stream().allMatch(t -> "InstanceIds".equals(t.key()) && !t.values().contains("*"))) {
            for (Target t : a.targets()) named.addAll(t.values());
        } else {
            return new LinkedHashSet<>(instances);
        }
        named.retainAll(instances);
        return named;
    }

    /** DescribeInstanceInformation gives an instance with any association an association status. */
    private static boolean hasAssociations(InstanceInformation i) {
        boolean counted = i.associationOverview() != null && i.associationOverview().hasInstanceAssociationStatusAggregatedCount()
                && !i.associationOverview().instanceAssociationStatusAggregatedCount().isEmpty();
        return counted || (i.associationStatus() != null && !i.associationStatus().isEmpty());
    }

    /** How many nodes have a status for the association; null when AWS gave no count. */
    private static Integer nodesWithStatus(Association a) {
        if (a.overview() == null || !a.overview().hasAssociationStatusAggregatedCount()) return null;
        Map<String, Integer> counts = a.overview().associationStatusAggregatedCount();
        if (counts.isEmpty()) return null;
        return counts.values().stream().mapToInt(n -> n == null ? 0 : n).sum();
    }

    private static SsmManagedInstances.AssociationRun run(Association a, AssociationExecutionTarget t) {
        return new SsmManagedInstances.AssociationRun(a.associationId(), a.associationName(), a.name(), a.documentVersion(),
                t.status(), t.detailedStatus(), iso(t.lastExecutionDate()), null, null);
    }

    private static List<SsmManagedInstances.AssociationRun> inventoryRuns(SsmClient ssm, String instanceId) {
        List<InstanceAssociationStatusInfo> infos = AwsCall.readOptional("SSM", "DescribeInstanceAssociationsStatus",
                "ssm:DescribeInstanceAssociationsStatus", Set.of("InvalidInstanceId"),
                () -> ssm.describeInstanceAssociationsStatusPaginator(r -> r.instanceId(instanceId).maxResults(50))
                        .instanceAssociationStatusInfos().stream().toList());
        if (infos == null) return List.of();
        List<SsmManagedInstances.AssociationRun> runs = new ArrayList<>(infos.size());
        for (InstanceAssociationStatusInfo s : infos) {
            if (!SsmManagedInstances.isInventoryDocument(s.name())) continue;
            runs.add(new SsmManagedInstances.AssociationRun(s.associationId(), s.associationName(), s.name(), s.documentVersion(),
                    s.status(), s.detailedStatus(), iso(s.executionDate()), s.executionSummary(), s.errorCode()));
        }
        return runs;
    }

    static SsmManagedInstances.ManagedInstance instance(InstanceInformation i, List<SsmManagedInstances.AssociationRun> runs) {
        return new SsmManagedInstances.ManagedInstance(i.instanceId(), i.resourceTypeAsString(), i.pingStatusAsString(),
                iso(i.lastPingDateTime()), i.agentVersion(), i.isLatestVersion(), i.platformTypeAsString(), i.platformName(),
                i.platformVersion(), i.associationStatus(), iso(i.lastAssociationExecutionDate()),
                iso(i.lastSuccessfulAssociationExecutionDate()), runs);
    }

    static SsmManagedInstances.InventoryAssociation association(Association a) {
        List<String> targets = new ArrayList<>();
        for (Target t : a.targets()) targets.add(t.key() + "=" + String.join(",", t.values()));
        if (a.instanceId() != null) targets.add("InstanceIds=" + a.instanceId());  // the legacy single-instance form
        return new SsmManagedInstances.InventoryAssociation(a.associationId(), a.associationName(), targets, a.scheduleExpression(),
                iso(a.lastExecutionDate()), a.overview() == null ? null : a.overview().status());
    }

    private static String iso(Instant t) { return t == null ? null : t.toString(); }
}
