package org.msb.fact;

import java.util.List;

/** Facts read by the Detective Controls (DET) rules. */
public final class DetFacts {
    private DetFacts() {}

    private static final String LOADERS = "org.msb.fact.loader.";

    public static final Fact<CloudTrailTrails> CLOUDTRAIL_TRAILS = new Fact<>(
            "cloudtrail.trails", CloudTrailTrails.class,
            List.of("cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "cloudtrail:GetEventSelectors"),
            LOADERS + "CloudTrailTrailsLoader", true,
            "Trails visible in this region, shadow and organization trails included (DescribeTrails includeShadowTrails), "
                    + "each with its status and classic and advanced event selectors read in its home region.");

    public static final Fact<GuardDutyDetectors> GUARDDUTY_DETECTORS = new Fact<>(
            "guardduty.detectors", GuardDutyDetectors.class,
            List.of("guardduty:ListDetectors", "guardduty:GetDetector", "guardduty:GetAdministratorAccount"),
            LOADERS + "GuardDutyDetectorsLoader", true,
            "GuardDuty detectors of this region with status (ENABLED or suspended), protection plans and administrator account.");

    public static final Fact<GuardDutyPublishingDestinations> GUARDDUTY_PUBLISHING_DESTINATIONS = new Fact<>(
            "guardduty.publishingDestinations", GuardDutyPublishingDestinations.class,
            List.of("guardduty:ListDetectors", "guardduty:ListPublishingDestinations", "guardduty:DescribePublishingDestination"),
            LOADERS + "GuardDutyPublishingDestinationsLoader", true,
            "Where this region's GuardDuty detectors export findings (S3 bucket ARN and status).");

    public static final Fact<AccessAnalyzers> ACCESS_ANALYZERS = new Fact<>(
            "accessanalyzer.analyzers", AccessAnalyzers.class,
            List.of("access-analyzer:ListAnalyzers"),
            LOADERS + "AccessAnalyzersLoader", true,
            "IAM Access Analyzer analyzers of this region, every type, with status.");

    public static final Fact<SecurityHubStatus> SECURITYHUB_STATUS = new Fact<>(
            "securityhub.status", SecurityHubStatus.class,
            List.of("securityhub:DescribeHub", "securityhub:GetAdministratorAccount"),
            LOADERS + "SecurityHubStatusLoader", true,
            "Whether Security Hub is enabled in this region and which account administers it; enabled=false when not subscribed.");

    public static final Fact<SecurityHubStandards> SECURITYHUB_STANDARDS = new Fact<>(
            "securityhub.enabledStandards", SecurityHubStandards.class,
            List.of("securityhub:GetEnabledStandards"),
            LOADERS + "SecurityHubStandardsLoader", true,
            "Security Hub standards subscribed in this region with their status; hubEnabled=false when Security Hub is off.");

    public static final Fact<TrustedAdvisorChecks> TRUSTED_ADVISOR_SECURITY_CHECKS = new Fact<>(
            "support.trustedAdvisorSecurityChecks", TrustedAdvisorChecks.class,
            List.of("support:DescribeTrustedAdvisorChecks", "support:DescribeTrustedAdvisorCheckSummaries"),
            LOADERS + "TrustedAdvisorChecksLoader", false,
            "Trusted Advisor security checks and their status (us-east-1); available=false without a Business or higher support plan.");

    public static final Fact<ConfigDeliveryChannels> CONFIG_DELIVERY_CHANNELS = new Fact<>(
            "config.deliveryChannels", ConfigDeliveryChannels.class,
            List.of("config:DescribeDeliveryChannels"),
            LOADERS + "ConfigDeliveryChannelsLoader", true,
            "AWS Config delivery channels of this region: S3 bucket, prefix, KMS key and SNS topic.");

    /** Every fact of this holder. */
    public static List<Fact<?>> all() {
        return List.of(CLOUDTRAIL_TRAILS, GUARDDUTY_DETECTORS, GUARDDUTY_PUBLISHING_DESTINATIONS, ACCESS_ANALYZERS,
                SECURITYHUB_STATUS, SECURITYHUB_STANDARDS, TRUSTED_ADVISOR_SECURITY_CHECKS, CONFIG_DELIVERY_CHANNELS);
    }
}
