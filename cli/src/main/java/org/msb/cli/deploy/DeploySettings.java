package org.msb.cli.deploy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code msb deploy} deploys and where.
 *
 * @param apiRegion the region whose CloudFormation holds the StackSet (and whose artifact bucket holds the template)
 * @param regions the regions the stack instances are deployed to
 * @param bucketPrefix artifact buckets are {@code <prefix>-<region>}; null = {@code msb-artifacts-<account id>}
 * @param organizationId for the artifact buckets' organization-only read; null = read from AWS Organizations
 * @param artifactVersion the key prefix of this release; null = derived from the content (jars and template)
 * @param parameters StackSet parameter values set by the user (rule parameters, LogRetentionDays...)
 * @param callAs SELF (management account) or DELEGATED_ADMIN (a CloudFormation delegated administrator)
 * @param includeManagementAccount also deploy the member template as a plain stack per region in the calling
 *                                 (management) account, which service-managed StackSets never deploy to
 */
public record DeploySettings(String stackSetName, String apiRegion, List<String> organizationalUnits, List<String> regions,
                             String homeRegion, String bucketPrefix, String organizationId, CallAs callAs, Path jarsDir,
                             String artifactVersion, Map<String, String> parameters, int maxConcurrentPercentage,
                             int failureTolerancePercentage, long timeoutSeconds, long pollSeconds,
                             boolean includeManagementAccount) {
    public enum CallAs { SELF, DELEGATED_ADMIN }

    public DeploySettings {
        Objects.requireNonNull(stackSetName, "stackSetName");
        Objects.requireNonNull(apiRegion, "apiRegion");
        organizationalUnits = List.copyOf(organizationalUnits);
        regions = List.copyOf(regions);
        parameters = Map.copyOf(parameters);
        if (organizationalUnits.isEmpty()) throw new IllegalArgumentException("no organizational unit to deploy to (--ou)");
        if (regions.isEmpty()) throw new IllegalArgumentException("no region to deploy to (--regions)");
        for (String ou : organizationalUnits) {
            if (!ou.matches("ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32}")) {
                throw new IllegalArgumentException("\"" + ou + "\" is not an organizational unit id (ou-xxxx-xxxxxxxx) or a root id (r-xxxx)");
            }
        }
        if (!regions.contains(homeRegion)) {
            throw new IllegalArgumentException("home region " + homeRegion + " is not one of the regions deployed to (" + String.join(", ", regions)
                    + "): the rules on global resource types would run nowhere");
        }
        if (includeManagementAccount && callAs != CallAs.SELF) {
            throw new IllegalArgumentException("--include-management-account deploys into the calling account: run it with the management "
                    + "account's credentials and --call-as SELF, not from a delegated administrator");
        }
        if (!stackSetName.matches("[a-zA-Z][-a-zA-Z0-9]{0,127}")) throw new IllegalArgumentException("stack set name \"" + stackSetName + "\" is not valid");
    }

    /** The regions that need an artifact bucket: every deployed region and the API region (the template's). */
    public List<String> bucketRegions() {
        List<String> all = new java.util.ArrayList<>(regions);
        if (!all.contains(apiRegion)) all.add(apiRegion);
        return List.copyOf(all);
    }
}
