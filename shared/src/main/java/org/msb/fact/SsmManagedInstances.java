package org.msb.fact;

import java.util.List;

/**
 * EC2 instances managed by AWS Systems Manager in one region, each with the last run on it of every
 * software-inventory association (State Manager association of {@value #INVENTORY_DOCUMENT}), and the region's
 * inventory associations. Read with ssm:DescribeInstanceInformation (resource type EC2Instance), ssm:ListAssociations,
 * and the inventory associations' execution history (ssm:DescribeAssociationExecutions and
 * ssm:DescribeAssociationExecutionTargets), with ssm:DescribeInstanceAssociationsStatus for an instance the history
 * does not settle. An instance missing from {@link #instances()} is not managed. Times are ISO-8601 instants.
 */
public record SsmManagedInstances(List<ManagedInstance> instances, List<InventoryAssociation> inventoryAssociations) {
    /** The SSM document that collects software inventory. */
    public static final String INVENTORY_DOCUMENT = "AWS-GatherSoftwareInventory";

    public SsmManagedInstances {
        instances = instances == null ? List.of() : List.copyOf(instances);
        inventoryAssociations = inventoryAssociations == null ? List.of() : List.copyOf(inventoryAssociations);
    }

    /** Whether an SSM document name is the inventory document: by name, or by ARN when referenced that way. */
    public static boolean isInventoryDocument(String documentName) {
        return documentName != null && (documentName.equals(INVENTORY_DOCUMENT) || documentName.endsWith(":document/" + INVENTORY_DOCUMENT));
    }

    /**
     * One managed node as DescribeInstanceInformation lists it, plus its inventory associations' last runs.
     *
     * @param pingStatus Online, ConnectionLost or Inactive
     */
    public record ManagedInstance(String instanceId, String resourceType, String pingStatus, String lastPingDateTime,
                                  String agentVersion, Boolean isLatestVersion, String platformType, String platformName,
                                  String platformVersion, String associationStatus, String lastAssociationExecutionDate,
                                  String lastSuccessfulAssociationExecutionDate, List<AssociationRun> associations) {
        public ManagedInstance {
            associations = associations == null ? List.of() : List.copyOf(associations);
        }
    }

    /**
     * The last run of one association on one instance: an execution target of the association's newest execution
     * that included the instance (DescribeAssociationExecutionTargets), or DescribeInstanceAssociationsStatus.
     *
     * @param documentName the SSM document the association runs (the API's "Name")
     * @param status Success, Failed, Pending...
     * @param executionSummary the agent's summary; only DescribeInstanceAssociationsStatus gives it, else null
     * @param errorCode the run's error code; only DescribeInstanceAssociationsStatus gives it, else null
     */
    public record AssociationRun(String associationId, String associationName, String documentName, String documentVersion,
                                 String status, String detailedStatus, String executionDate, String executionSummary,
                                 String errorCode) {}

    /**
     * A State Manager association of the inventory document in the region (ListAssociations).
     *
     * @param targets each target as "Key=Value1,Value2", e.g. "InstanceIds=*"
     * @param overviewStatus the association's overall status (Success, Failed, Pending)
     */
    public record InventoryAssociation(String associationId, String associationName, List<String> targets,
                                       String scheduleExpression, String lastExecutionDate, String overviewStatus) {
        public InventoryAssociation {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }
    }
}
