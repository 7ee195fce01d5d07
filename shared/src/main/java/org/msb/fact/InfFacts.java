package org.msb.fact;

import java.util.List;

/** Facts read by the Infrastructure Security (INF) rules. */
public final class InfFacts {
    private InfFacts() {}

    private static final String LOADER = "org.msb.fact.loader.";

    public static final Fact<InspectorStatus> INSPECTOR_STATUS = new Fact<>(
            "inspector2.accountStatus", InspectorStatus.class,
            List.of("inspector2:BatchGetAccountStatus"),
            LOADER + "InspectorStatusLoader", true,
            "Amazon Inspector's status for this account and each scan type (EC2, ECR, LAMBDA, LAMBDA_CODE) in the region.");

    public static final Fact<EcrRegistryScanning> ECR_REGISTRY_SCANNING = new Fact<>(
            "ecr.registryScanning", EcrRegistryScanning.class,
            List.of("ecr:GetRegistryScanningConfiguration"),
            LOADER + "EcrRegistryScanningLoader", true,
            "The private ECR registry's scan type (BASIC or ENHANCED) and its scan-frequency rules with repository filters.");

    public static final Fact<LoadBalancerWebAcls> LOAD_BALANCER_WEB_ACLS = new Fact<>(
            "wafv2.loadBalancerWebAcls", LoadBalancerWebAcls.class,
            List.of("elasticloadbalancing:DescribeLoadBalancers", "wafv2:GetWebACLForResource"),
            LOADER + "LoadBalancerWebAclsLoader", true,
            "The AWS WAF web ACL of every application load balancer in the region (none when unprotected).");

    public static final Fact<ShieldProtections> SHIELD_PROTECTIONS = new Fact<>(
            "shield.protections", ShieldProtections.class,
            List.of("shield:DescribeSubscription", "shield:ListProtections"),
            LOADER + "ShieldProtectionsLoader", false,
            "Whether the account has a Shield Advanced subscription, and the ARNs of the resources it protects.");

    public static final Fact<HostedZones> HOSTED_ZONES = new Fact<>(
            "route53.hostedZones", HostedZones.class,
            List.of("route53:ListHostedZones", "route53:ListQueryLoggingConfigs", "route53:ListResourceRecordSets"),
            LOADER + "HostedZonesLoader", false,
            "Route 53 hosted zones (public or private), their query logging, and their alias, A, AAAA and CNAME records.");

    public static final Fact<CloudFrontDistributions> CLOUDFRONT_DISTRIBUTIONS = new Fact<>(
            "cloudfront.distributions", CloudFrontDistributions.class,
            List.of("cloudfront:ListDistributions", "cloudfront:GetDistribution"),
            LOADER + "CloudFrontDistributionsLoader", false,
            "Every CloudFront distribution with its domain name, aliases and origin domain names.");

    public static final Fact<ManagedPrefixList> CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST = new Fact<>(
            "ec2.cloudFrontOriginFacingPrefixList", ManagedPrefixList.class,
            List.of("ec2:DescribeManagedPrefixLists"),
            LOADER + "CloudFrontOriginFacingPrefixListLoader", true,
            "The region's id of the AWS-managed prefix list com.amazonaws.global.cloudfront.origin-facing, found by name.");

    public static final Fact<ManagedInstances> SSM_INSTANCE_INFORMATION = new Fact<>(
            "ssm.instanceInformation", ManagedInstances.class,
            List.of("ssm:DescribeInstanceInformation"),
            LOADER + "ManagedInstancesLoader", true,
            "The instances Systems Manager manages in the region, with agent ping status and last ping.");

    public static final Fact<PatchStates> SSM_PATCH_STATES = new Fact<>(
            "ssm.instancePatchStates", PatchStates.class,
            List.of("ssm:DescribeInstanceInformation", "ssm:DescribeInstancePatchStates"),
            LOADER + "PatchStatesLoader", true,
            "Patch Manager's last scan or install on each managed instance: end time, baseline, missing and non-compliant counts.");

    public static final Fact<SessionManagerPreferences> SESSION_MANAGER_PREFERENCES = new Fact<>(
            "ssm.sessionManagerPreferences", SessionManagerPreferences.class,
            List.of("ssm:GetDocument"),
            LOADER + "SessionManagerPreferencesLoader", true,
            "Session Manager preferences (SSM-SessionManagerRunShell): S3 and CloudWatch Logs session logging, encryption, KMS key.");

    /** Every fact of this holder. */
    public static List<Fact<?>> all() {
        return List.of(INSPECTOR_STATUS, ECR_REGISTRY_SCANNING, LOAD_BALANCER_WEB_ACLS, SHIELD_PROTECTIONS, HOSTED_ZONES,
                CLOUDFRONT_DISTRIBUTIONS, CLOUDFRONT_ORIGIN_FACING_PREFIX_LIST, SSM_INSTANCE_INFORMATION, SSM_PATCH_STATES,
                SESSION_MANAGER_PREFERENCES);
    }
}
