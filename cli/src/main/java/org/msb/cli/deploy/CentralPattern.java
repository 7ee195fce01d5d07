package org.msb.cli.deploy;

import software.amazon.awssdk.services.cloudformation.model.Capability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The alternative pattern (central functions, AWS Config contract section 12 pattern B) as three deployments, each
 * made with the credentials of the account it targets: the functions in the security-tooling account, the member
 * execution role through a StackSet, and the organization conformance packs from the management account (or the
 * Config delegated administrator). Here is only what each deploys; StackDeployer and Deployer do the deploying.
 */
final class CentralPattern {
    static final String FUNCTIONS_STACK = "msb-central-functions";
    static final String PACKS_STACK = "msb-central-packs";
    static final String MEMBER_ROLE_STACK_SET = "msb-central-member-role";
    static final String DEFAULT_EXECUTION_ROLE = "msb-config-rule-execution";

    private CentralPattern() {}

    /** Plain stacks, one per region, and the objects each region's bucket must hold for them. */
    record Stacks(String title, Map<String, List<Artifact>> objects, List<StackSpec> stacks, String done) {}

    /** What every central deployment is told. */
    record Common(List<String> regions, String homeRegion, String executionRoleName, boolean optionalControls, Map<String, String> parameters) {
        Common {
            regions = List.copyOf(regions);
            parameters = Map.copyOf(parameters);
            if (regions.isEmpty()) throw new IllegalArgumentException("no region to deploy to (--regions)");
            if (!regions.contains(homeRegion)) {
                throw new IllegalArgumentException("home region " + homeRegion + " is not one of the regions deployed to (" + String.join(", ", regions)
                        + "): the rules on global resource types would run nowhere");
            }
        }
    }

    /** Security-tooling account: every rule function per region (central-functions.yaml), the jars beside it. */
    static Stacks functions(Release release, Common common, String bucketPrefix, String organizationId) {
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("ArtifactBucketPrefix", bucketPrefix);
        fixed.put("ArtifactVersion", release.version());
        fixed.put("HomeRegion", common.homeRegion());
        fixed.put("OrganizationId", organizationId);
        fixed.put("ExecutionRoleName", common.executionRoleName());
        if (common.optionalControls()) fixed.put("EnableOptionalControls", "true");
        Map<String, List<Artifact>> objects = new LinkedHashMap<>();
        List<StackSpec> stacks = new ArrayList<>();
        for (String region : common.regions()) {
            List<Artifact> all = new ArrayList<>(release.jars());
            all.add(release.centralFunctionsTemplate());
            objects.put(region, all);
            stacks.add(new StackSpec(region, FUNCTIONS_STACK, release.centralFunctionsTemplate(),
                    StackSetParameters.merge("central functions", release.centralFunctionsTemplate().text(), fixed, common.parameters(), region),
                    List.of(Capability.CAPABILITY_IAM)));
        }
        return new Stacks("central functions (stack " + FUNCTIONS_STACK + " per region)", objects, stacks,
                "the functions exist; deploy the member role (msb deploy central member-role) and the packs (msb deploy central packs)");
    }

    /** Management account or Config delegated administrator: the organization conformance packs per region. */
    static Stacks packs(Release release, Common common, String centralAccount, String exceptionRegister) {
        checkAccount(centralAccount);
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("CentralAccountId", centralAccount);
        fixed.put("HomeRegion", common.homeRegion());
        fixed.put("ExecutionRoleName", common.executionRoleName());
        if (exceptionRegister != null) fixed.put("ExceptionRegister", exceptionRegister);
        if (common.optionalControls()) fixed.put("EnableOptionalControls", "true");
        Map<String, List<Artifact>> objects = new LinkedHashMap<>();
        List<StackSpec> stacks = new ArrayList<>();
        for (String region : common.regions()) {
            objects.put(region, List.of(release.centralPacksTemplate()));
            stacks.add(new StackSpec(region, PACKS_STACK, release.centralPacksTemplate(),
                    StackSetParameters.merge("central organization packs", release.centralPacksTemplate().text(), fixed, common.parameters(), region),
                    List.of()));
        }
        return new Stacks("central organization conformance packs (stack " + PACKS_STACK + " per region)", objects, stacks,
                "AWS Config deploys the organization packs to every member account; their rules invoke the functions of account " + centralAccount);
    }

    /** Management account or CloudFormation delegated administrator: the execution role in every member account, one region. */
    static StackSetPayload memberRole(Release release, String region, String centralAccount, String executionRoleName, String exceptionRegister,
                                      Map<String, String> parameters) {
        checkAccount(centralAccount);
        Map<String, String> fixed = new LinkedHashMap<>();
        fixed.put("CentralAccountId", centralAccount);
        fixed.put("ExecutionRoleName", executionRoleName);
        if (exceptionRegister != null && !exceptionRegister.isEmpty()) {
            fixed.put("ExceptionRegisterReadArn", StackSetParameters.registerArn(exceptionRegister, StackSetParameters.partition(region)));
        }
        Artifact template = release.centralMemberRoleTemplate();
        return new StackSetPayload(template, Map.of(region, List.of(template)),
                StackSetParameters.merge("central member role", template.text(), fixed, parameters, region), List.of(Capability.CAPABILITY_NAMED_IAM),
                List.of("in each account: the role " + executionRoleName + " (IAM is global: one region), assumable only by roles under /msb/ in "
                        + centralAccount),
                "the member accounts trust the central functions of account " + centralAccount);
    }

    private static void checkAccount(String account) {
        if (account == null || !account.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("--central-account \"" + account + "\" is not a 12-digit AWS account id");
        }
    }
}
