package org.msb.model.monitoring;

import org.msb.fact.CloudTrailMetricFilters;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where CloudTrail events reach CloudWatch Logs, seen from one account and region: the trails whose log group
 * is here (their metric filters and this region's alarms can be judged here) and those whose log group is in
 * another region or account (an organization trail's group in the management account), judged there.
 */
public final class TrailLogGroups {
    private final CloudTrailMetricFilters fact;
    private final String account;
    private final String region;

    public TrailLogGroups(CloudTrailMetricFilters fact, String account, String region) {
        this.fact = fact;
        this.account = account;
        this.region = region;
    }

    /** Trails delivering to a log group in this account and region; multi-region ones only when asked. */
    public List<CloudTrailMetricFilters.Trail> here(boolean multiRegionOnly) {
        return fact.trails().stream().filter(t -> t.deliversToLogs() && (t.multiRegion() || !multiRegionOnly)
                && region.equals(t.logGroupRegion()) && account.equals(t.logGroupAccount())).toList();
    }

    /** Trails delivering to a log group in another region or account. */
    public List<CloudTrailMetricFilters.Trail> elsewhere(boolean multiRegionOnly) {
        return fact.trails().stream().filter(t -> t.deliversToLogs() && (t.multiRegion() || !multiRegionOnly)
                && !(region.equals(t.logGroupRegion()) && account.equals(t.logGroupAccount()))).toList();
    }

    /** The metric filters on the log groups of these trails. */
    public List<CloudTrailMetricFilters.MetricFilter> filtersOf(List<CloudTrailMetricFilters.Trail> trails) {
        Set<String> groups = new LinkedHashSet<>();
        trails.forEach(t -> groups.add(t.logGroupName()));
        return fact.metricFilters().stream().filter(f -> groups.contains(f.logGroupName())).toList();
    }

    /** "org-trail (log group CloudTrail/Org in 999988887777 eu-west-1)" */
    public static String describe(CloudTrailMetricFilters.Trail t) {
        return t.name() + " (log group " + t.logGroupName() + " in " + t.logGroupAccount() + " " + t.logGroupRegion() + ")";
    }
}
