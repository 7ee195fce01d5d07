package org.msb.fact;

import java.util.List;

/** Facts read by the Asset Management (AM) rules. */
public final class AmFacts {
    private AmFacts() {}

    private static final String LOADERS = "org.msb.fact.loader.";

    /** AM-1: the BILLING, OPERATIONS and SECURITY alternate contacts. */
    public static final Fact<AlternateContacts> ALTERNATE_CONTACTS = new Fact<>(
            "account.alternateContacts", AlternateContacts.class,
            List.of("account:GetAlternateContact"),
            LOADERS + "AlternateContactsLoader", false,
            "The account's alternate contacts (account:GetAlternateContact per type); a type that is not set has no entry.");

    /** AM-2: the organization the account belongs to. */
    public static final Fact<OrganizationMembership> ORGANIZATION = new Fact<>(
            "organizations.organization", OrganizationMembership.class,
            List.of("organizations:DescribeOrganization"),
            LOADERS + "OrganizationMembershipLoader", false,
            "The account's organization (organizations:DescribeOrganization); member=false when the account is standalone.");

    /** AM-3: AWS Config recorders and delivery channels of the region, with their status. */
    public static final Fact<ConfigRecording> CONFIG_RECORDING = new Fact<>(
            "config.recording", ConfigRecording.class,
            List.of("config:DescribeConfigurationRecorders", "config:DescribeConfigurationRecorderStatus",
                    "config:DescribeDeliveryChannels", "config:DescribeDeliveryChannelStatus"),
            LOADERS + "ConfigRecordingLoader", true,
            "AWS Config configuration recorders and delivery channels of the region with their last status.");

    /** AM-4: EC2 instances managed by Systems Manager, their inventory association runs, the inventory associations. */
    public static final Fact<SsmManagedInstances> SSM_MANAGED_INSTANCES = new Fact<>(
            "ssm.managedInstances", SsmManagedInstances.class,
            List.of("ssm:DescribeInstanceInformation", "ssm:ListAssociations", "ssm:DescribeAssociationExecutions",
                    "ssm:DescribeAssociationExecutionTargets", "ssm:DescribeInstanceAssociationsStatus"),
            LOADERS + "SsmManagedInstancesLoader", true,
            "EC2 instances managed by Systems Manager with their agent ping and the last run of each software-inventory "
                    + "association on them, and the region's AWS-GatherSoftwareInventory associations.");

    /** Every fact of this holder. */
    public static List<Fact<?>> all() { return List.of(ALTERNATE_CONTACTS, ORGANIZATION, CONFIG_RECORDING, SSM_MANAGED_INSTANCES); }
}
