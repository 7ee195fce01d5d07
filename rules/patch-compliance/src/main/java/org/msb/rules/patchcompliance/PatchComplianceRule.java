package org.msb.rules.patchcompliance;

import org.msb.fact.FactTime;
import org.msb.fact.InfFacts;
import org.msb.fact.ManagedInstances;
import org.msb.fact.PatchStates;
import org.msb.item.ConfigurationItem;
import org.msb.model.compute.Ec2Instance;
import org.msb.model.compute.PatchCompliance;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * INF-1: every managed instance is patched: no missing patch above the allowed severities in its
 * {@code AWS::SSM::PatchCompliance} item (the managed rule passes only on status COMPLIANT, which is the default here
 * too), and Patch Manager scanned it within {@code maxScanAgeDays} (last operation end from
 * DescribeInstancePatchStates). A running EC2 instance with no patch compliance item is evaluated on its own, and
 * why is named: not managed by Systems Manager at all (so it can never be patched by it), managed but its agent
 * offline, or managed but never scanned.
 * <pre>
 * Scenario 1: Given a compliance item with no missing patch and a scan 2 days ago        Then COMPLIANT
 * Scenario 2: Given a missing CRITICAL patch                                            Then NON_COMPLIANT naming count, severity, patch id
 * Scenario 3: Given only LOW patches missing and allowedSeverities=LOW,INFORMATIONAL     Then COMPLIANT saying they are allowed
 * Scenario 4: Given a last scan 20 days ago                                             Then NON_COMPLIANT naming the date
 * Scenario 5: Given a running instance Systems Manager does not know                     Then NON_COMPLIANT "not managed by Systems Manager"
 * Scenario 6: Given a stopped instance without compliance data, or a deleted item       Then NOT_APPLICABLE
 * Scenario 7: Given a valid (or expired) exception                                      Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 8: Given maxScanAgeDays=0                                                    Then the invocation fails naming parameter and value
 * </pre>
 */
public final class PatchComplianceRule implements Rule {
    static final String MAX_AGE = "maxScanAgeDays";
    static final String ALLOWED = "allowedSeverities";

    static final RuleSpec SPEC = RuleSpec.builder("patch-compliance", "INF-1")
            .title("Resources are patched frequently")
            .baseline("Patch your resources frequently (Optional: Use AWS Systems Manager to do this)")
            .description("Every managed instance has no missing patch above the allowed severities and was scanned by Patch Manager "
                    + "recently; running instances without patch data are flagged, unmanaged ones named as such.")
            .severity(Severity.HIGH)
            .onChange(PatchCompliance.RESOURCE_TYPE)
            // periodic too: scan age grows without any change, and instances without patch data have no item to trigger on
            .periodic().cleanUpStale()
            .readsItems(Ec2Instance.RESOURCE_TYPE)
            .reads(InfFacts.SSM_PATCH_STATES, InfFacts.SSM_INSTANCE_INFORMATION)
            .param(ParameterSpec.integer(MAX_AGE, 7, 1, 365, "Days since Patch Manager's last scan or install after which an instance fails"))
            .param(ParameterSpec.csv(ALLOWED, "", "Severities of missing patches that are tolerated (CRITICAL, HIGH, MEDIUM, LOW, "
                            + "INFORMATIONAL, UNSPECIFIED); empty = none")
                    .matching("CRITICAL|HIGH|MEDIUM|LOW|INFORMATIONAL|UNSPECIFIED", "CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL or UNSPECIFIED"))
            .remediation("Register instances with Systems Manager (instance profile with AmazonSSMManagedInstanceCore, agent, "
                    + "route to the SSM endpoints), scan and install patches with a Patch Manager policy or a maintenance window "
                    + "running AWS-RunPatchBaseline at least weekly, and reboot instances with patches pending reboot.")
            .managedRule("EC2_MANAGEDINSTANCE_PATCH_COMPLIANCE_STATUS_CHECK", "EC2_INSTANCE_MANAGED_BY_SSM")
            .securityHub("SSM.1", "SSM.2")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        int maxAge = in.params().intValue(MAX_AGE);
        Set<String> allowed = new HashSet<>(in.params().list(ALLOWED));
        List<Evaluation> out = new ArrayList<>();
        Set<String> withData = new HashSet<>();
        List<ConfigurationItem> compliance = in.subjects(PatchCompliance.RESOURCE_TYPE);
        PatchStates states = compliance.isEmpty() ? null : in.fact(InfFacts.SSM_PATCH_STATES);
        for (ConfigurationItem item : compliance) {
            PatchCompliance pc = PatchCompliance.from(item);
            withData.add(pc.instanceId());
            out.add(patchCompliance(in, item, pc, states, allowed, maxAge));
        }
        if (in.isPeriodic()) {
            ManagedInstances managed = null;
            for (ConfigurationItem item : in.items(Ec2Instance.RESOURCE_TYPE)) {
                Ec2Instance i = Ec2Instance.from(item);
                if (withData.contains(i.instanceId()) || i.isTerminated()) continue;
                if (!i.isRunning()) {
                    out.add(in.notApplicable(item, "Instance is " + i.state() + " and has no patch data; it is evaluated when running."));
                    continue;
                }
                if (managed == null) managed = in.fact(InfFacts.SSM_INSTANCE_INFORMATION);
                out.add(withoutPatchData(in, item, i, managed));
            }
        }
        return out;
    }

    private static Evaluation patchCompliance(RuleInput in, ConfigurationItem item, PatchCompliance pc, PatchStates states,
                                              Set<String> allowed, int maxAge) {
        Map<String, Integer> missing = pc.missingBySeverity();
        List<String> problems = new ArrayList<>();
        String failing = missing.entrySet().stream().filter(e -> !allowed.contains(e.getKey()))
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        if (!failing.isEmpty()) {
            String ids = pc.patches().stream().filter(p -> p.isNonCompliant() && !allowed.contains(p.severity()))
                    .map(PatchCompliance.Patch::id).limit(3).collect(Collectors.joining(", "));
            problems.add("missing " + failing + (ids.isEmpty() ? "" : " (" + ids + ")"));
        }
        var state = states.of(pc.instanceId());
        String scan;
        if (state.isEmpty() || state.get().operationEndTime() == null) {
            problems.add("no Patch Manager scan is recorded for it");
            scan = null;
        } else {
            Instant end = instant(state.get().operationEndTime());
            long days = Duration.between(end, in.now()).toDays();
            scan = "last " + state.get().operation() + " " + end.toString().substring(0, 10) + " (" + days + (days == 1 ? " day" : " days") + " ago)";
            if (days > maxAge) problems.add(scan);
        }
        if (!problems.isEmpty()) {
            return in.nonCompliant(item, "Instance " + pc.instanceId() + ": " + String.join("; ", problems) + "; expected no missing patches"
                    + (allowed.isEmpty() ? "" : " above " + String.join(", ", allowed)) + " and a scan within " + maxAge + " days.");
        }
        String tolerated = missing.isEmpty() ? "no missing patches" : "only allowed severities missing ("
                + missing.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ")";
        return in.compliant(item, "Instance " + pc.instanceId() + ": " + tolerated + "; " + scan + ".");
    }

    private static Evaluation withoutPatchData(RuleInput in, ConfigurationItem item, Ec2Instance i, ManagedInstances managed) {
        var m = managed.of(i.instanceId());
        if (m.isEmpty()) {
            return in.nonCompliant(item, "Instance " + i.describe() + " is not managed by Systems Manager, so Patch Manager cannot scan or patch it; "
                    + "expected the SSM agent registered (instance profile with AmazonSSMManagedInstanceCore, route to SSM).");
        }
        if (!m.get().isOnline()) {
            return in.nonCompliant(item, "Instance " + i.describe() + " is managed by Systems Manager but its agent is " + m.get().pingStatus()
                    + " (last ping " + m.get().lastPingDateTime() + ") and it has no patch compliance data; expected an online agent and a patch scan.");
        }
        return in.nonCompliant(item, "Instance " + i.describe() + " is managed by Systems Manager but was never scanned by Patch Manager "
                + "(no patch compliance data); expected AWS-RunPatchBaseline scans.");
    }

    private static Instant instant(String iso) {
        return FactTime.parse(InfFacts.SSM_PATCH_STATES, "operationEndTime", iso);
    }
}
