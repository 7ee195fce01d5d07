package org.msb.model.monitoring;

import org.junit.jupiter.api.Test;
import org.msb.fact.CloudTrailMetricFilters;
import org.msb.fact.EventBridgeRules;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleUseAlarmsTest {
    static final String ACCOUNT = "111122223333", SECURITY = "999988887777", REGION = "eu-west-1";
    static final String ROLE = "arn:aws:iam::111122223333:role/InfoSecBreakGlass";
    static final List<EventBridgeRules.Target> SNS = List.of(new EventBridgeRules.Target("soc", "arn:aws:sns:eu-west-1:111122223333:soc"));

    static EventBridgeRules.EventRule rule(String name, String pattern, String state, List<EventBridgeRules.Target> targets) {
        return new EventBridgeRules.EventRule(name, "arn:aws:events:eu-west-1:111122223333:rule/" + name, state, pattern, null, null, targets);
    }

    static RoleUseAlarms check(List<EventBridgeRules.EventRule> rules, List<CloudTrailMetricFilters.MetricFilter> filters, boolean alarm) {
        var alarms = alarm ? List.of(MetricFilterAlarmsTest.alarm("break-glass-used", "BreakGlassUsed", true,
                "\"arn:aws:sns:eu-west-1:111122223333:soc\"", "")) : List.<org.msb.item.ConfigurationItem>of();
        return RoleUseAlarms.check(ROLE, ACCOUNT, SECURITY, REGION, new EventRoutes(new EventBridgeRules(rules)),
                new MetricFilterAlarms(filters, alarms));
    }

    static CloudTrailMetricFilters.MetricFilter filter(String pattern) {
        return new CloudTrailMetricFilters.MetricFilter("CloudTrail/Management", "break-glass", pattern,
                List.of(new CloudTrailMetricFilters.MetricTransformation("BreakGlassUsed", "CISBenchmark", "1")));
    }

    @Test
    void check_whenEventRuleOnTheRoleArn_alarmed() {
        String byParameter = "{\"source\":[\"aws.sts\"],\"detail-type\":[\"AWS API Call via CloudTrail\"],"
                + "\"detail\":{\"eventName\":[\"AssumeRole\"],\"requestParameters\":{\"roleArn\":[\"" + ROLE + "\"]}}}";
        String byResource = "{\"source\":[\"aws.sts\"],\"detail\":{\"resources\":{\"ARN\":[{\"suffix\":\":role/InfoSecBreakGlass\"}]}}}";
        RoleUseAlarms r = check(List.of(rule("by-parameter", byParameter, "ENABLED", SNS), rule("by-resource", byResource, "ENABLED", SNS)), List.of(), false);
        assertTrue(r.alarmed());
        assertEquals(List.of("by-parameter", "by-resource"), r.eventRules());
    }

    @Test
    void check_whenRuleCatchesEveryAssumeRole_doesNotCount() {
        RoleUseAlarms r = check(List.of(rule("all-assume-role", "{\"source\":[\"aws.sts\"],\"detail\":{\"eventName\":[\"AssumeRole\"]}}",
                "ENABLED", SNS)), List.of(), false);
        assertFalse(r.alarmed(), "an alarm on every role assumption does not say the break-glass role was used");
    }

    @Test
    void check_whenMetricFilterWithAlarm_alarmed_andWithoutAlarm_named() {
        String pattern = "{ ($.eventName = \"AssumeRole\") && ($.requestParameters.roleArn = \"*:role/InfoSecBreakGlass\") }";
        assertEquals(List.of("break-glass -> break-glass-used"), check(List.of(), List.of(filter(pattern)), true).metricAlarms());
        RoleUseAlarms silent = check(List.of(), List.of(filter(pattern)), false);
        assertFalse(silent.alarmed());
        assertEquals(List.of("break-glass"), silent.silentFilters());
    }

    @Test
    void check_whenMatchingRuleDisabled_namedAsSilent() {
        String pattern = "{\"source\":[\"aws.sts\"],\"detail\":{\"requestParameters\":{\"roleArn\":[\"" + ROLE + "\"]}}}";
        RoleUseAlarms r = check(List.of(rule("break-glass", pattern, "DISABLED", SNS)), List.of(), false);
        assertFalse(r.alarmed());
        assertEquals(List.of("break-glass (disabled)"), r.silentRules());
    }

    @Test
    void assumeRole_isTheRecordCloudTrailWritesInTheRoleAccount() {
        var r = RoleUseAlarms.assumeRole(ROLE, ACCOUNT, SECURITY, REGION);
        assertEquals("sts.amazonaws.com", r.get("eventSource").getAsString());
        assertEquals(ACCOUNT, r.get("recipientAccountId").getAsString());
        assertEquals(SECURITY, r.getAsJsonObject("userIdentity").get("accountId").getAsString());
        assertEquals(ROLE, r.getAsJsonArray("resources").get(0).getAsJsonObject().get("ARN").getAsString());
    }
}
