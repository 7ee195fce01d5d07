package org.msb.model.monitoring;

import org.junit.jupiter.api.Test;
import org.msb.fact.CloudTrailMetricFilters;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetricFilterAlarmsTest {
    static final String ACCOUNT = "111122223333", REGION = "eu-west-1";

    static CloudTrailMetricFilters.MetricFilter filter(String name, String pattern, String metric) {
        return new CloudTrailMetricFilters.MetricFilter("CloudTrail/Org", name, pattern,
                List.of(new CloudTrailMetricFilters.MetricTransformation(metric, "CISBenchmark", "1")));
    }

    /** An alarm item in Config's invocation shape (aws-config-rdk AWS_CloudWatch_Alarm.json). */
    static ConfigurationItem alarm(String name, String metric, boolean actionsEnabled, String actions, String dimensions) {
        return ConfigurationItemParser.parse("""
                {"configurationItemVersion": "1.3", "awsAccountId": "111122223333", "awsRegion": "eu-west-1",
                 "resourceType": "AWS::CloudWatch::Alarm", "resourceId": "%1$s", "resourceName": "%1$s",
                 "ARN": "arn:aws:cloudwatch:eu-west-1:111122223333:alarm:%1$s", "configurationItemStatus": "OK",
                 "configurationItemCaptureTime": "2026-11-29T10:00:00.000Z",
                 "configuration": {"alarmName": "%1$s", "actionsEnabled": %3$s, "alarmActions": [%4$s], "okactions": [],
                   "insufficientDataActions": [], "metricName": "%2$s", "namespace": "CISBenchmark", "statistic": "Sum",
                   "dimensions": [%5$s], "period": 300, "evaluationPeriods": 1, "threshold": 1.0,
                   "comparisonOperator": "GreaterThanOrEqualToThreshold"},
                 "supplementaryConfiguration": {}, "tags": {}, "relationships": []}"""
                .formatted(name, metric, actionsEnabled, actions, dimensions));
    }

    static final String SOC = "\"arn:aws:sns:eu-west-1:111122223333:soc-alerts\"";

    @Test
    void coverage_whenFilterMetricHasAlarmWithAction_isAlarmed() {
        MetricFilterAlarms m = new MetricFilterAlarms(
                List.of(filter("cis-root", CisPatterns.BENCHMARK.get(CisMonitoringEvent.ROOT_USAGE), "RootUsage")),
                List.of(alarm("cis-root-usage", "RootUsage", true, SOC, "")));
        MetricFilterAlarms.Coverage c = m.coverage(p -> CisMonitoringEvent.ROOT_USAGE.isCoveredBy(p, ACCOUNT, REGION));
        assertTrue(c.isAlarmed());
        assertEquals(List.of("cis-root -> cis-root-usage"), c.alarmed());
    }

    @Test
    void coverage_whenAlarmSilentOrOnOtherMetric_filterIsWithoutAlarm() {
        MetricFilterAlarms m = new MetricFilterAlarms(
                List.of(filter("cis-root", CisPatterns.BENCHMARK.get(CisMonitoringEvent.ROOT_USAGE), "RootUsage")),
                List.of(alarm("disabled", "RootUsage", false, SOC, ""), alarm("no-action", "RootUsage", true, "", ""),
                        alarm("other-metric", "Unauthorized", true, SOC, ""),
                        alarm("with-dimension", "RootUsage", true, SOC, "{\"name\": \"Trail\", \"value\": \"org\"}")));
        MetricFilterAlarms.Coverage c = m.coverage(p -> CisMonitoringEvent.ROOT_USAGE.isCoveredBy(p, ACCOUNT, REGION));
        assertFalse(c.isAlarmed());
        assertEquals(List.of("cis-root"), c.withoutAlarm());
    }

    @Test
    void coverage_whenPatternUnreadable_reportsItAndDoesNotCount() {
        MetricFilterAlarms m = new MetricFilterAlarms(List.of(filter("apache", "[ip, user, status=4*]", "Errors")),
                List.of(alarm("errors", "Errors", true, SOC, "")));
        assertFalse(m.coverage(p -> true).isAlarmed());
        assertEquals(1, m.unreadable().size());
        assertTrue(m.unreadable().get(0).startsWith("apache (filter pattern"));
    }
}
