package org.msb.fact.loader;

import org.msb.fact.SsmManagedInstances;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.Association;
import software.amazon.awssdk.services.ssm.model.AssociationFilterKey;
import software.amazon.awssdk.services.ssm.model.InstanceAssociationStatusInfo;
import software.amazon.awssdk.services.ssm.model.InstanceInformation;
import software.amazon.awssdk.services.ssm.model.Target;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ssm.managedInstances}, read with the APIs that answer "is this instance managed, and did a software-inventory
 * association run successfully on it recently?" per instance:
 * <ul>
 *   <li>ssm:DescribeInstanceInformation (filter ResourceType=EC2Instance, paged): the managed EC2 instances and
 *       their agent's PingStatus. An instance it does not list is not managed.</li>
 *   <li>ssm:DescribeInstanceAssociationsStatus per managed instance (paged): the last run of every association on
 *       that instance with its document name, status and execution date. Its aggregate siblings do not answer the
 *       question: DescribeInstanceInformation's LastSuccessfulAssociationExecutionDate spans all associations (a
 *       patching association's success would hide a failing inventory), and ListAssociations' targets (tags,
 *       resource groups, "*") and aggregated counts do not say which instance ran it.</li>
 *   <li>ssm:ListAssociations filtered on the AWS-GatherSoftwareInventory document (paged): whether the region has
 *       an inventory association at all, so an annotation can say which fix applies.</li>
 * </ul>
 * The cost is one DescribeInstanceAssociationsStatus call per managed instance (page); the SDK's standard retry
 * absorbs SSM throttling. An instance deregistered between the two reads (InvalidInstanceId) has no runs.
 */
public final class SsmManagedInstancesLoader implements FactLoader<SsmManagedInstances> {

    @Override
    public SsmManagedInstances load(AwsClients clients) {
        SsmClient ssm = clients.regional(SsmClient.class, SsmClient::builder);
        List<InstanceInformation> infos = AwsCall.read("SSM", "DescribeInstanceInformation", "ssm:DescribeInstanceInformation",
                () -> ssm.describeInstanceInformationPaginator(r -> r.filters(f -> f.key("ResourceType").values("EC2Instance")).maxResults(50))
                        .instanceInformationList().stream().toList());
        List<SsmManagedInstances.ManagedInstance> instances = new ArrayList<>(infos.size());
        for (InstanceInformation i : infos) instances.add(instance(i, runs(ssm, i.instanceId())));
        List<Association> inventory = AwsCall.read("SSM", "ListAssociations", "ssm:ListAssociations",
                () -> ssm.listAssociationsPaginator(r -> r.maxResults(50).associationFilterList(
                        f -> f.key(AssociationFilterKey.NAME).value(SsmManagedInstances.INVENTORY_DOCUMENT))).associations().stream().toList());
        List<SsmManagedInstances.InventoryAssociation> associations = new ArrayList<>();
        for (Association a : inventory) associations.add(association(a));
        return new SsmManagedInstances(instances, associations);
    }

    private static List<SsmManagedInstances.AssociationRun> runs(SsmClient ssm, String instanceId) {
        List<InstanceAssociationStatusInfo> infos = AwsCall.readOptional("SSM", "DescribeInstanceAssociationsStatus",
                "ssm:DescribeInstanceAssociationsStatus", Set.of("InvalidInstanceId"),
                () -> ssm.describeInstanceAssociationsStatusPaginator(r -> r.instanceId(instanceId).maxResults(50))
                        .instanceAssociationStatusInfos().stream().toList());
        if (infos == null) return List.of();
        List<SsmManagedInstances.AssociationRun> runs = new ArrayList<>(infos.size());
        for (InstanceAssociationStatusInfo s : infos) {
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
