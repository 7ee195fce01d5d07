package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.AlarmType;
import software.amazon.awssdk.services.cloudwatch.model.MetricAlarm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::CloudWatch::Alarm} items from DescribeAlarms (metric alarms; SDK paginator), shaped as Config
 * records them (aws-config-rdk AWS_CloudWatch_Alarm.json): alarmName, alarmArn, actionsEnabled, alarmActions,
 * insufficientDataActions, {@code okactions} (sic, lower case), metricName, namespace, statistic, dimensions
 * [{name, value}], period, evaluationPeriods, threshold, comparisonOperator, alarmConfigurationUpdatedTimestamp
 * in epoch milliseconds. The resource id is the alarm name. Tags are not read (they need a call per alarm).
 */
public final class CloudWatchAlarmItemBuilder implements ItemBuilder {

    @Override public String describe() { return "cloudwatch:DescribeAlarms"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        CloudWatchClient cw = ctx.clients().regional(CloudWatchClient.class, CloudWatchClient::builder);
        List<MetricAlarm> alarms = AwsCall.read("CloudWatch", "DescribeAlarms", "cloudwatch:DescribeAlarms",
                () -> cw.describeAlarmsPaginator(r -> r.alarmTypes(AlarmType.METRIC_ALARM)).metricAlarms().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(alarms.size());
        for (MetricAlarm a : alarms) out.add(item(ctx, a));
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, MetricAlarm a) {
        JsonArray dimensions = new JsonArray();
        a.dimensions().forEach(d -> dimensions.add(ItemDraft.object("name", d.name(), "value", d.value())));
        JsonObject conf = ItemDraft.object(
                "alarmName", a.alarmName(),
                "alarmArn", a.alarmArn(),
                "alarmDescription", a.alarmDescription(),
                "alarmConfigurationUpdatedTimestamp", a.alarmConfigurationUpdatedTimestamp() == null ? null
                        : a.alarmConfigurationUpdatedTimestamp().toEpochMilli(),
                "actionsEnabled", a.actionsEnabled(),
                "alarmActions", strings(a.alarmActions()),
                "insufficientDataActions", strings(a.insufficientDataActions()),
                "okactions", strings(a.okActions()),
                "metricName", a.metricName(),
                "namespace", a.namespace(),
                "statistic", a.statisticAsString(),
                "extendedStatistic", a.extendedStatistic(),
                "dimensions", dimensions,
                "period", a.period(),
                "unit", a.unitAsString(),
                "evaluationPeriods", a.evaluationPeriods(),
                "datapointsToAlarm", a.datapointsToAlarm(),
                "threshold", a.threshold(),
                "comparisonOperator", a.comparisonOperatorAsString(),
                "treatMissingData", a.treatMissingData(),
                "evaluateLowSampleCountPercentile", a.evaluateLowSampleCountPercentile(),
                "thresholdMetricId", a.thresholdMetricId());
        return new ItemDraft(ctx, "AWS::CloudWatch::Alarm", a.alarmName())
                .name(a.alarmName())
                .arn(a.alarmArn())
                .availabilityZone("Not Applicable")
                .configuration(conf)
                .tags(Map.of())
                .build();
    }

    private static JsonArray strings(List<String> values) {
        JsonArray out = new JsonArray();
        values.forEach(out::add);
        return out;
    }
}
