package org.msb.fact;

import java.util.List;

/** Facts read by the Incident Response (IR) rules. */
public final class IrFacts {
    private IrFacts() {}

    public static final Fact<EventBridgeRules> EVENTBRIDGE_RULES = new Fact<>(
            "events.defaultBusRules", EventBridgeRules.class,
            List.of("events:ListRules", "events:ListTargetsByRule"),
            "org.msb.fact.loader.EventBridgeRulesLoader", true,
            "Rules of the default event bus with their event patterns, states and targets (what the region's events are routed to).");

    public static final Fact<CloudTrailMetricFilters> CLOUDTRAIL_METRIC_FILTERS = new Fact<>(
            "logs.cloudTrailMetricFilters", CloudTrailMetricFilters.class,
            List.of("cloudtrail:DescribeTrails", "logs:DescribeMetricFilters"),
            "org.msb.fact.loader.CloudTrailMetricFiltersLoader", true,
            "Trails and their CloudWatch Logs log groups, and the metric filters on those log groups in this account and region.");


    /** Every fact of this holder. */
    public static List<Fact<?>> all() { return List.of(EVENTBRIDGE_RULES, CLOUDTRAIL_METRIC_FILTERS); }
}
