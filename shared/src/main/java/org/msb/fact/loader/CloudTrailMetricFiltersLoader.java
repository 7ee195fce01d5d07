package org.msb.fact.loader;

import org.msb.fact.CloudTrailMetricFilters;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.CallerIdentity;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.Trail;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.MetricFilter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code logs.cloudTrailMetricFilters}: cloudtrail:DescribeTrails (shadow trails included, so an organization or
 * other-region trail that covers this region is seen), then logs:DescribeMetricFilters (SDK paginator) for each
 * trail log group in this account and region. A log group that no longer exists has no filters (not an error).
 * The account is the caller's (sts:GetCallerIdentity, which needs no permission), asked only when a trail's
 * log group is in this region.
 */
public final class CloudTrailMetricFiltersLoader implements FactLoader<CloudTrailMetricFilters> {

    @Override
    public CloudTrailMetricFilters load(AwsClients clients) {
        CloudTrailClient cloudTrail = clients.regional(CloudTrailClient.class, CloudTrailClient::builder);
        List<Trail> trails = AwsCall.read("CloudTrail", "DescribeTrails", "cloudtrail:DescribeTrails",
                () -> cloudTrail.describeTrails(r -> r.includeShadowTrails(true)).trailList());
        List<CloudTrailMetricFilters.Trail> out = new ArrayList<>();
        for (Trail t : trails) {
            out.add(new CloudTrailMetricFilters.Trail(t.name(), t.trailARN(), t.homeRegion(), Boolean.TRUE.equals(t.isMultiRegionTrail()),
                    Boolean.TRUE.equals(t.isOrganizationTrail()), t.cloudWatchLogsLogGroupArn()));
        }
        Set<String> groups = new LinkedHashSet<>();
        String account = null;
        for (CloudTrailMetricFilters.Trail t : out) {
            if (!t.deliversToLogs() || !clients.region().equals(t.logGroupRegion())) continue;
            if (account == null) account = CallerIdentity.accountId(clients);
            if (account.equals(t.logGroupAccount())) groups.add(t.logGroupName());
        }
        List<CloudTrailMetricFilters.MetricFilter> filters = new ArrayList<>();
        if (!groups.isEmpty()) {
            CloudWatchLogsClient logs = clients.regional(CloudWatchLogsClient.class, CloudWatchLogsClient::builder);
            for (String group : groups) {
                List<MetricFilter> found = AwsCall.readOptional("CloudWatch Logs", "DescribeMetricFilters", "logs:DescribeMetricFilters",
                        Set.of("ResourceNotFoundException"),
                        () -> logs.describeMetricFiltersPaginator(r -> r.logGroupName(group)).metricFilters().stream().toList());
                if (found == null) continue;
                for (MetricFilter f : found) {
                    List<CloudTrailMetricFilters.MetricTransformation> ts = new ArrayList<>();
                    f.metricTransformations().forEach(x -> ts.add(new CloudTrailMetricFilters.MetricTransformation(
                            x.metricName(), x.metricNamespace(), x.metricValue())));
                    filters.add(new CloudTrailMetricFilters.MetricFilter(f.logGroupName() == null ? group : f.logGroupName(),
                            f.filterName(), f.filterPattern(), ts));
                }
            }
        }
        return new CloudTrailMetricFilters(out, filters);
    }
}
