package org.msb.rules.vpcflowlogs;

import org.msb.item.ConfigurationItem;
import org.msb.item.Relationship;
import org.msb.model.flowlog.FlowLog;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DET-7: every VPC has an active flow log on the VPC itself capturing the required traffic. A flow log on some
 * of a VPC's subnets or network interfaces leaves the rest unwatched, so it does not cover the VPC; a flow log
 * whose delivery FAILED (e.g. "Access error" to its log group) or that is not ACTIVE is not active. ACCEPT and
 * REJECT flow logs together capture ALL. Parameter {@code trafficType} as in the managed rule
 * {@code VPC_FLOW_LOGS_ENABLED}, defaulting to ALL (stricter than Security Hub EC2.6's REJECT).
 * <pre>
 * Scenario 1: Given a VPC with an active ALL flow log                                  Then COMPLIANT naming it and its destination
 * Scenario 2: Given ACCEPT and REJECT flow logs on the VPC                              Then COMPLIANT (together ALL)
 * Scenario 3: Given trafficType=REJECT and a REJECT flow log                           Then COMPLIANT
 * Scenario 4: Given no flow log                                                         Then NON_COMPLIANT
 * Scenario 5: Given flow logs only on some subnets and interfaces of the VPC            Then NON_COMPLIANT naming them
 * Scenario 6: Given a VPC flow log whose delivery FAILED                                 Then NON_COMPLIANT naming the error
 * Scenario 7: Given a REJECT-only flow log (trafficType ALL)                             Then NON_COMPLIANT naming what it captures
 * Scenario 8: Given a flow-log change                                                    Then its VPC is evaluated, with the changed flow log
 * Scenario 9: Given a change of a subnet's flow log                                      Then no evaluation (no VPC's verdict can change)
 * Scenario 10: Given a deleted VPC or flow log                                           Then NOT_APPLICABLE for it (framework)
 * Scenario 11: Given a failing VPC and a valid (register or tag) / expired exception     Then COMPLIANT / NON_COMPLIANT naming it
 * Scenario 12: Given trafficType=all                                                     Then the invocation fails naming it
 * </pre>
 */
public final class VpcFlowLogsRule implements Rule {
    static final String VPC = "AWS::EC2::VPC";
    static final String FLOW_LOG = "AWS::EC2::FlowLog";
    static final String TRAFFIC = "trafficType";
    private static final Set<String> PART_OF_VPC = Set.of("AWS::EC2::Subnet", "AWS::EC2::NetworkInterface");

    static final RuleSpec SPEC = RuleSpec.builder("vpc-flow-logs", "DET-7")
            .title("Every VPC has an active flow log")
            .baseline("Enable VPC Flow Logs")
            .description("Every VPC has an active flow log on the VPC itself capturing the required traffic (ALL by default); "
                    + "subnet or interface flow logs and failing deliveries do not count.")
            .severity(Severity.MEDIUM)
            .onChange(VPC, FLOW_LOG).periodic().cleanUpStale()
            .param(ParameterSpec.choice(TRAFFIC, "ALL", List.of("ALL", "ACCEPT", "REJECT"),
                    "Traffic the VPC flow log must capture: ALL, ACCEPT or REJECT (ALL also satisfies the others)"))
            .remediation("Create a flow log on the VPC itself: aws ec2 create-flow-logs --resource-type VPC --resource-ids VPC_ID "
                    + "--traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::LOG_ARCHIVE/vpc-flow-logs; "
                    + "for a FAILED delivery fix the destination's policy or the delivery role.")
            .managedRule("VPC_FLOW_LOGS_ENABLED")
            .securityHub("EC2.6")
            .cis("CIS v1.2.0 2.9", "CIS v1.4.0 3.9", "CIS v3.0.0 3.7")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        Map<String, FlowLog> flowLogs = new LinkedHashMap<>();
        for (ConfigurationItem i : in.items(FLOW_LOG)) flowLogs.put(i.resourceId(), FlowLog.of(i));
        List<ConfigurationItem> vpcs = new ArrayList<>(in.subjects(VPC));
        if (!in.isPeriodic() && in.item().resourceType().equals(FLOW_LOG)) {
            // the changed flow log as the event shows it, which may be newer than the recorded one
            FlowLog changed = FlowLog.of(in.item());
            flowLogs.put(in.item().resourceId(), changed);
            if (changed.watchesVpc()) in.items(VPC).stream().filter(v -> v.resourceId().equals(changed.resourceId())).forEach(vpcs::add);
        }
        String wanted = in.params().string(TRAFFIC);
        List<Evaluation> out = new ArrayList<>(vpcs.size());
        ByResource byResource = new ByResource(flowLogs.values());
        for (ConfigurationItem vpc : vpcs) out.add(evaluate(in, vpc, byResource, wanted));
        return out;
    }

    /**
     * Flow logs by the resource they watch, each with its place in recorded order: searching all of them for each
     * VPC was quadratic in a large account.
     */
    private static final class ByResource {
        private final List<FlowLog> all;
        private final Map<String, List<Integer>> places = new HashMap<>();

        ByResource(Collection<FlowLog> logs) {
            all = List.copyOf(logs);
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).resourceId() != null) places.computeIfAbsent(all.get(i).resourceId(), k -> new ArrayList<>()).add(i);
            }
        }

        /** The flow logs on any of these resources, in recorded order. */
        List<FlowLog> on(Set<String> resourceIds) {
            List<Integer> at = new ArrayList<>();
            for (String id : resourceIds) at.addAll(places.getOrDefault(id, List.of()));
            Collections.sort(at);
            return at.stream().map(all::get).toList();
        }
    }

    private static Evaluation evaluate(RuleInput in, ConfigurationItem vpc, ByResource byResource, String wanted) {
        String vpcId = vpc.resourceId();
        List<FlowLog> own = new ArrayList<>(), partial = new ArrayList<>();
        Set<String> parts = new java.util.HashSet<>();
        for (Relationship r : vpc.relationships()) if (PART_OF_VPC.contains(r.resourceType())) parts.add(r.resourceId());
        Set<String> watched = new java.util.HashSet<>(parts);
        watched.add(vpcId);
        for (FlowLog f : byResource.on(watched)) {
            if (vpcId.equals(f.resourceId())) own.add(f);
            else partial.add(f);
        }
        List<FlowLog> active = own.stream().filter(FlowLog::active).toList();
        FlowLog full = active.stream().filter(f -> f.captures(wanted)).findFirst().orElse(null);
        if (full != null) {
            return in.compliant(vpc, "Flow log " + full.id() + " captures " + full.trafficType() + " traffic of the VPC to "
                    + full.destination() + ".");
        }
        if (wanted.equals("ALL") && active.stream().anyMatch(f -> f.captures("ACCEPT")) && active.stream().anyMatch(f -> f.captures("REJECT"))) {
            return in.compliant(vpc, "Flow logs " + String.join(" and ", active.stream().map(FlowLog::id).toList())
                    + " capture ACCEPT and REJECT traffic of the VPC: together ALL.");
        }
        String expected = "expected an active flow log on the VPC capturing " + wanted + " traffic";
        if (own.isEmpty()) {
            if (partial.isEmpty()) return in.nonCompliant(vpc, "No flow log; " + expected + ".");
            return in.nonCompliant(vpc, "No flow log on the VPC itself; flow logs on " + String.join(", ", partial.stream()
                    .map(FlowLog::resourceId).distinct().toList()) + " watch only those; " + expected + ".");
        }
        List<String> found = new ArrayList<>();
        for (FlowLog f : own) {
            found.add(f.id() + (f.active() ? " captures " + f.trafficType() + " only" : " is " + f.problem()));
        }
        return in.nonCompliant(vpc, "Flow log " + String.join("; ", found) + "; " + expected + ".");
    }
}
