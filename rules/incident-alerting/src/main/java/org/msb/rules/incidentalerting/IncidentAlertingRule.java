package org.msb.rules.incidentalerting;

import org.msb.fact.CloudTrailMetricFilters;
import org.msb.fact.DetFacts;
import org.msb.fact.IrFacts;
import org.msb.model.monitoring.CisMonitoringEvent;
import org.msb.model.monitoring.EventRoutes;
import org.msb.model.monitoring.GuardDutyRouting;
import org.msb.model.monitoring.MetricFilterAlarms;
import org.msb.model.monitoring.TrailLogGroups;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * IR-5: in this region, GuardDuty findings at or above the severity threshold reach a target through an
 * enabled EventBridge rule, and each required CIS monitoring event is caught by a metric filter on the log
 * group of a multi-region trail whose metric has a CloudWatch alarm with an action. Filters and event
 * patterns are judged by what they match (sample findings and CloudTrail records), not by their text.
 * <p>
 * The GuardDuty part applies where a detector is enabled (DET-2 reports a missing one). The CIS part applies
 * where the trail's log group is; elsewhere it is left to that region (or the account that owns the group).
 * When neither applies the account is NOT_APPLICABLE in this region.
 * <pre>
 * Scenario 1: Given a >= 4 GuardDuty rule with a target and the 11 CIS filters with alarms   Then COMPLIANT
 * Scenario 2: Given a rule for HIGH findings only                                              Then NON_COMPLIANT, "severity 4.0-6.9 not routed"
 * Scenario 3: Given a matching rule without a target, or disabled                             Then NON_COMPLIANT naming it
 * Scenario 4: Given CIS filters with some alarms missing or without actions                   Then NON_COMPLIANT naming the events (and silent filters)
 * Scenario 5: Given no multi-region trail delivering to CloudWatch Logs                        Then NON_COMPLIANT saying no CIS alarm can exist
 * Scenario 6: Given GuardDuty off and the trail's log group in another region                 Then NOT_APPLICABLE naming both
 * Scenario 7: Given GuardDuty off and CIS alarms complete here                                Then COMPLIANT for the CIS part
 * Scenario 8: Given requiredAlarms=root-usage and minGuardDutySeverity=7                      Then only those are required
 * Scenario 9: Given a failing account and a valid / expired exception                         Then COMPLIANT by exception / NON_COMPLIANT
 * Scenario 10: Given minGuardDutySeverity=0 or an unknown alarm name                          Then the invocation fails naming parameter and value
 * </pre>
 */
public final class IncidentAlertingRule implements Rule {
    static final String ALARM = "AWS::CloudWatch::Alarm";
    static final String MIN_SEVERITY = "minGuardDutySeverity";
    static final String REQUIRED_ALARMS = "requiredAlarms";
    static final String DEFAULT_ALARMS = "root-usage,unauthorized-api-calls,console-signin-without-mfa,iam-policy-changes,"
            + "cloudtrail-changes,config-changes,security-group-changes,nacl-changes,network-gateway-changes,route-table-changes,vpc-changes";

    static final RuleSpec SPEC = RuleSpec.builder("incident-alerting", "IR-5")
            .title("Incident alerting: GuardDuty findings routed and CIS alarms in place")
            .baseline("Incident alerting thresholds are established (CloudWatch Alarms, GuardDuty)")
            .description("GuardDuty findings at or above the threshold reach an EventBridge target; each CIS monitoring event has a "
                    + "CloudTrail metric filter whose alarm has an action.")
            .severity(Severity.HIGH)
            .periodic()
            .reads(DetFacts.GUARDDUTY_DETECTORS, IrFacts.EVENTBRIDGE_RULES, IrFacts.CLOUDTRAIL_METRIC_FILTERS)
            .readsItems(ALARM)
            .param(ParameterSpec.integer(MIN_SEVERITY, 4, 1, 10, "GuardDuty findings of this severity and above must be routed "
                    + "(1-3.9 low, 4-6.9 medium, 7-8.9 high, 9-10 critical)"))
            .param(ParameterSpec.csv(REQUIRED_ALARMS, DEFAULT_ALARMS, "CIS monitoring events that need a metric filter and an alarm "
                    + "with an action; empty = none").matching(String.join("|", CisMonitoringEvent.keys()),
                    "CIS monitoring events (" + String.join(", ", CisMonitoringEvent.keys()) + ")"))
            .remediation("Create an EventBridge rule on the default bus with pattern {\"source\":[\"aws.guardduty\"],\"detail-type\":"
                    + "[\"GuardDuty Finding\"],\"detail\":{\"severity\":[{\"numeric\":[\">=\",4]}]}} and an SNS or ticketing target; on the "
                    + "multi-region trail's CloudWatch Logs group create the CIS metric filters (CIS AWS Foundations 4.1-4.15) and an "
                    + "alarm with an SNS action on each metric.")
            .securityHub("CloudWatch.1", "CloudWatch.2", "CloudWatch.3", "CloudWatch.4", "CloudWatch.5", "CloudWatch.6", "CloudWatch.7",
                    "CloudWatch.8", "CloudWatch.9", "CloudWatch.10", "CloudWatch.11", "CloudWatch.12", "CloudWatch.13", "CloudWatch.14")
            .cis("CIS v1.2.0 3.1-3.14", "CIS v1.4.0 4.1-4.15")
            .build();

    /** One half of the decision: does it apply here, did it pass, and what was found. */
    private record Part(boolean applies, boolean passed, String finding) {
        static Part notHere(String why) { return new Part(false, true, why); }
    }

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        Part guardDuty = guardDuty(in);
        Part cis = cisAlarms(in);
        if (!guardDuty.applies() && !cis.applies()) {
            return List.of(in.account(Compliance.NOT_APPLICABLE, guardDuty.finding() + "; " + cis.finding() + "."));
        }
        List<Part> failed = new ArrayList<>(), passed = new ArrayList<>();
        for (Part p : List.of(guardDuty, cis)) if (p.applies()) (p.passed() ? passed : failed).add(p);
        if (failed.isEmpty()) return List.of(in.accountCompliant(join(passed) + "."));
        return List.of(in.accountNonCompliant(join(failed) + "."));
    }

    private static Part guardDuty(RuleInput in) {
        if (!in.fact(DetFacts.GUARDDUTY_DETECTORS).anyEnabled()) return Part.notHere("GuardDuty is not enabled in this region (see DET-2)");
        int min = in.params().intValue(MIN_SEVERITY);
        EventRoutes routes = new EventRoutes(in.fact(IrFacts.EVENTBRIDGE_RULES));
        GuardDutyRouting.Result r = GuardDutyRouting.check(routes, BigDecimal.valueOf(min), in.accountId(), in.region());
        if (r.complete()) return new Part(true, true, "GuardDuty findings >= " + min + " routed by " + String.join(", ", r.routedBy()));
        StringBuilder s = new StringBuilder(r.routedBy().isEmpty() ? "no enabled EventBridge rule with a target receives GuardDuty findings"
                : "GuardDuty findings of severity " + String.join(", ", r.unroutedSeverities()) + " reach no target");
        if (!r.routedBy().isEmpty() && r.unroutedTypes().size() < 4) s.append(" (types ").append(String.join(", ", r.unroutedTypes())).append(")");
        if (!r.nearMisses().isEmpty()) s.append("; matching but silent: ").append(String.join(", ", r.nearMisses()));
        if (!routes.unreadable().isEmpty()) s.append("; unreadable patterns: ").append(String.join(", ", routes.unreadable()));
        return new Part(true, false, s + " (expected >= " + min + ")");
    }

    private static Part cisAlarms(RuleInput in) {
        List<String> required = in.params().list(REQUIRED_ALARMS);
        if (required.isEmpty()) return Part.notHere("no CIS alarm is required (requiredAlarms is empty)");
        CloudTrailMetricFilters fact = in.fact(IrFacts.CLOUDTRAIL_METRIC_FILTERS);
        TrailLogGroups groups = new TrailLogGroups(fact, in.accountId(), in.region());
        var here = groups.here(true);
        if (here.isEmpty()) {
            var elsewhere = groups.elsewhere(true);
            if (!elsewhere.isEmpty()) return Part.notHere("CIS alarms are judged where trail " + TrailLogGroups.describe(elsewhere.get(0)) + " is");
            var single = groups.here(false);
            return new Part(true, false, "no multi-region trail delivers to CloudWatch Logs, so no CIS metric-filter alarm can exist"
                    + (single.isEmpty() ? "" : " (trail " + single.get(0).name() + " is single-region)"));
        }
        MetricFilterAlarms alarms = new MetricFilterAlarms(groups.filtersOf(here), in.items(ALARM));
        List<String> missing = new ArrayList<>(), silent = new ArrayList<>();
        for (String key : required) {
            CisMonitoringEvent event = CisMonitoringEvent.byKey(key).orElseThrow();
            MetricFilterAlarms.Coverage c = alarms.coverage(p -> event.isCoveredBy(p, in.accountId(), in.region()));
            if (c.isAlarmed()) continue;
            missing.add(key);
            silent.addAll(c.withoutAlarm());
        }
        String group = here.get(0).logGroupName();
        if (missing.isEmpty()) return new Part(true, true, "all " + required.size() + " CIS events alarmed on " + group);
        StringBuilder s = new StringBuilder("no metric filter on " + group + " with an alarm that has an action for " + missing.size()
                + " of " + required.size() + " CIS events: " + String.join(", ", missing));
        if (!silent.isEmpty()) s.append(" (filters without such an alarm: ").append(String.join(", ", silent)).append(")");
        if (!alarms.unreadable().isEmpty()) s.append("; unreadable filters: ").append(String.join(", ", alarms.unreadable()));
        return new Part(true, false, s.toString());
    }

    private static String join(List<Part> parts) {
        List<String> texts = new ArrayList<>();
        for (Part p : parts) texts.add(p.finding());
        String s = String.join("; ", texts);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
