package org.msb.fact;

import java.util.List;

/**
 * Where CloudTrail delivers to CloudWatch Logs, and the metric filters on those log groups: the trails the
 * region shows (shadow and organization trails included, from cloudtrail:DescribeTrails) with their log
 * group, and the metric filters (logs:DescribeMetricFilters) of every such log group that lives in this
 * account and region, so a rule can ask which CloudTrail events raise a metric.
 */
public record CloudTrailMetricFilters(List<Trail> trails, List<MetricFilter> metricFilters) {

    public CloudTrailMetricFilters {
        trails = trails == null ? List.of() : List.copyOf(trails);
        metricFilters = metricFilters == null ? List.of() : List.copyOf(metricFilters);
    }

    /**
     * @param logGroupArn CloudWatchLogsLogGroupArn, e.g. {@code arn:aws:logs:eu-west-1:111122223333:log-group:CloudTrail/Org:*};
     *                    null when the trail does not deliver to CloudWatch Logs
     */
    public record Trail(String name, String arn, String homeRegion, boolean multiRegion, boolean organizationTrail,
                        String logGroupArn) {

        public boolean deliversToLogs() { return logGroupArn != null && logGroupArn.contains(":log-group:"); }

        /** The log group's name ({@code CloudTrail/Org}), or null. */
        public String logGroupName() {
            if (!deliversToLogs()) return null;
            String name = logGroupArn.substring(logGroupArn.indexOf(":log-group:") + ":log-group:".length());
            return name.endsWith(":*") ? name.substring(0, name.length() - 2) : name;
        }

        public String logGroupRegion() { return arnPart(3); }

        public String logGroupAccount() { return arnPart(4); }

        private String arnPart(int i) {
            if (!deliversToLogs()) return null;
            String[] parts = logGroupArn.split(":", 6);
            return parts.length > i ? parts[i] : null;
        }
    }

    public record MetricFilter(String logGroupName, String filterName, String filterPattern, List<MetricTransformation> metricTransformations) {
        public MetricFilter {
            metricTransformations = metricTransformations == null ? List.of() : List.copyOf(metricTransformations);
        }
    }

    public record MetricTransformation(String metricName, String metricNamespace, String metricValue) {}
}
