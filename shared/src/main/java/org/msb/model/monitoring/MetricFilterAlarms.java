package org.msb.model.monitoring;

import org.msb.fact.CloudTrailMetricFilters;
import org.msb.item.ConfigurationItem;
import org.msb.item.Node;
import org.msb.model.logs.LogFilterPattern;
import org.msb.model.logs.LogFilterPatternException;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * CloudTrail metric filters joined with the CloudWatch alarms that watch their metrics: the question
 * "does this kind of CloudTrail event raise an alarm that notifies someone?". An alarm counts when it
 * watches the filter's metric (same name and namespace, no dimensions) with actions enabled and at least
 * one alarm action.
 */
public final class MetricFilterAlarms {
    private record Parsed(CloudTrailMetricFilters.MetricFilter filter, LogFilterPattern pattern) {}

    /** What a set of filters does for one kind of event. */
    public record Coverage(List<String> alarmed, List<String> withoutAlarm) {
        public Coverage {
            alarmed = List.copyOf(alarmed);
            withoutAlarm = List.copyOf(withoutAlarm);
        }

        /** True when at least one matching filter's metric has an alarm with an action. */
        public boolean isAlarmed() { return !alarmed.isEmpty(); }
    }

    private final List<Parsed> filters = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();
    private final List<ConfigurationItem> alarms;

    /**
     * @param filters the metric filters of the CloudTrail log groups to consider
     * @param alarms {@code AWS::CloudWatch::Alarm} items of the same region
     */
    public MetricFilterAlarms(List<CloudTrailMetricFilters.MetricFilter> filters, List<ConfigurationItem> alarms) {
        for (CloudTrailMetricFilters.MetricFilter f : filters) {
            try {
                this.filters.add(new Parsed(f, LogFilterPattern.parse(f.filterPattern())));
            } catch (LogFilterPatternException e) {
                unreadable.add(f.filterName() + " (" + e.getMessage() + ")");
            }
        }
        this.alarms = List.copyOf(alarms);
    }

    /**
     * The filters whose pattern satisfies {@code catches}, split into those whose metric has an alarm with an
     * action ("filter root-usage → alarm cis-root-usage") and those without one (the filter's name).
     */
    public Coverage coverage(Predicate<LogFilterPattern> catches) {
        List<String> alarmed = new ArrayList<>(), without = new ArrayList<>();
        for (Parsed p : filters) {
            if (!catches.test(p.pattern())) continue;
            List<String> names = alarmsWithAction(p.filter());
            if (names.isEmpty()) without.add(p.filter().filterName());
            else alarmed.add(p.filter().filterName() + " -> " + String.join(", ", names));
        }
        return new Coverage(alarmed, without);
    }

    /** Filters whose pattern cannot be read, with the reason. */
    public List<String> unreadable() { return List.copyOf(unreadable); }

    private List<String> alarmsWithAction(CloudTrailMetricFilters.MetricFilter f) {
        List<String> out = new ArrayList<>();
        for (CloudTrailMetricFilters.MetricTransformation t : f.metricTransformations()) {
            for (ConfigurationItem a : alarms) {
                if (watches(a, t) && hasAction(a)) out.add(a.displayName());
            }
        }
        return out;
    }

    private static boolean watches(ConfigurationItem alarm, CloudTrailMetricFilters.MetricTransformation t) {
        return t.metricName() != null && t.metricName().equals(alarm.property("metricName").text())
                && t.metricNamespace() != null && t.metricNamespace().equals(alarm.property("namespace").text())
                && alarm.property("dimensions").list().isEmpty();
    }

    /** Actions enabled and at least one action for the ALARM state. */
    public static boolean hasAction(ConfigurationItem alarm) {
        Node actions = alarm.property("alarmActions");
        return alarm.property("actionsEnabled").isTrue() && !actions.list().isEmpty();
    }
}
