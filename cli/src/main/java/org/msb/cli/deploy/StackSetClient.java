package org.msb.cli.deploy;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.PermissionModels;
import software.amazon.awssdk.services.cloudformation.model.RegionConcurrencyType;
import software.amazon.awssdk.services.cloudformation.model.StackInstanceSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSet;
import software.amazon.awssdk.services.cloudformation.model.StackSetNotFoundException;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationPreferences;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The service-managed StackSet: its current template, parameters and covered targets, and the calls that change
 * it, every one with the configured CallAs (SELF in the management account, DELEGATED_ADMIN from a CloudFormation
 * delegated administrator).
 */
final class StackSetClient {
    private final CloudFormationClient cfn;
    private final DeploySettings settings;
    private final String account;

    StackSetClient(CloudFormationClient cfn, DeploySettings settings, String account) {
        this.cfn = cfn;
        this.settings = settings;
        this.account = account;
    }

    /** The StackSet as AWS holds it now; empty when it does not exist. */
    record Current(String templateBody, Map<String, String> parameters, Set<Target> covered) {}

    Optional<Current> describe() {
        StackSet set;
        try {
            set = call("DescribeStackSet", () -> cfn.describeStackSet(r -> r.stackSetName(name()).callAs(callAs())).stackSet());
        } catch (DeployException e) {
            if (e.getCause() instanceof StackSetNotFoundException) return Optional.empty();
            throw e;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Parameter p : set.parameters()) params.put(p.parameterKey(), p.parameterValue());
        Set<Target> covered = new HashSet<>();
        // AWS records the targeted OUs and regions on the StackSet (an OU without accounts has no instance yet)
        for (String ou : set.organizationalUnitIds()) for (String region : set.regions()) covered.add(new Target(ou, region));
        List<StackInstanceSummary> instances = call("ListStackInstances",
                () -> cfn.listStackInstancesPaginator(r -> r.stackSetName(name()).callAs(callAs())).summaries().stream().toList());
        for (StackInstanceSummary i : instances) {
            if (i.organizationalUnitId() != null) covered.add(new Target(i.organizationalUnitId(), i.region()));
        }
        return Optional.of(new Current(set.templateBody(), params, covered));
    }

    void create(String templateUrl, Map<String, String> parameters, List<Capability> capabilities) {
        call("CreateStackSet", () -> cfn.createStackSet(r -> r.stackSetName(name()).templateURL(templateUrl).parameters(parameters(parameters))
                .capabilities(capabilities).permissionModel(PermissionModels.SERVICE_MANAGED)
                .autoDeployment(a -> a.enabled(true).retainStacksOnAccountRemoval(false))
                .description("msb: the AWS Minimum Security Baseline as AWS Config rules").callAs(callAs())));
    }

    /** Updates the template and parameters of every existing instance; returns the operation id. */
    String update(String templateUrl, Map<String, String> parameters, List<Capability> capabilities) {
        return call("UpdateStackSet", () -> cfn.updateStackSet(r -> r.stackSetName(name()).templateURL(templateUrl)
                .parameters(parameters(parameters)).capabilities(capabilities).operationPreferences(preferences())
                .callAs(callAs())).operationId());
    }

    String createInstances(List<String> organizationalUnits, List<String> regions) {
        return call("CreateStackInstances", () -> cfn.createStackInstances(r -> r.stackSetName(name())
                .deploymentTargets(t -> t.organizationalUnitIds(organizationalUnits)).regions(regions)
                .operationPreferences(preferences()).callAs(callAs())).operationId());
    }

    CloudFormationClient cfn() { return cfn; }

    String name() { return settings.stackSetName(); }

    String callAs() { return settings.callAs().name(); }

    private StackSetOperationPreferences preferences() {
        return StackSetOperationPreferences.builder().regionConcurrencyType(RegionConcurrencyType.PARALLEL)
                .maxConcurrentPercentage(settings.maxConcurrentPercentage()).failureTolerancePercentage(settings.failureTolerancePercentage()).build();
    }

    private static List<Parameter> parameters(Map<String, String> values) {
        return values.entrySet().stream().map(e -> Parameter.builder().parameterKey(e.getKey()).parameterValue(e.getValue()).build()).toList();
    }

    /** A StackSet call; a failure names the account, region and StackSet. */
    <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (CloudFormationException e) {
            throw new DeployException("account " + account + ", region " + settings.apiRegion() + ": cloudformation:" + operation
                    + " on stack set " + name() + " failed: " + Aws.describe(e)
                    + (settings.callAs() == DeploySettings.CallAs.SELF && Aws.errorCode(e).equals("ValidationError")
                            && String.valueOf(e.getMessage()).contains("delegated") ? " (from a delegated administrator account pass --call-as DELEGATED_ADMIN)" : ""), e);
        }
    }
}
