package org.msb.model.monitoring;

import com.google.gson.JsonObject;
import org.msb.fact.EventBridgeRules;
import org.msb.model.logs.LogFilterPattern;

import java.util.List;

/**
 * Whether assuming a role raises an alarm: an enabled EventBridge rule with a target, or a CloudTrail metric
 * filter whose metric has an alarm with an action, catches the AssumeRole call of that role (made from
 * another account's role session with MFA, as CloudTrail records it in the role's account) and does not
 * catch the assumption of an ordinary role or routine activity, so the alarm means this role was used.
 *
 * @param eventRules the EventBridge rules that deliver it
 * @param metricAlarms "filter -> alarm" pairs that alarm on it
 * @param silentFilters metric filters that catch it but whose metric has no alarm with an action
 * @param silentRules event rules that match but deliver nothing (disabled, no target)
 */
public record RoleUseAlarms(List<String> eventRules, List<String> metricAlarms, List<String> silentFilters, List<String> silentRules) {

    public boolean alarmed() { return !eventRules.isEmpty() || !metricAlarms.isEmpty(); }

    /**
     * @param callerAccount the account whose session assumes the role (the security account), or the role's own
     * @param filters metric filters on CloudTrail log groups of this account and region, with this region's alarms
     */
    public static RoleUseAlarms check(String roleArn, String roleAccount, String callerAccount, String region,
                                      EventRoutes routes, MetricFilterAlarms filters) {
        JsonObject record = assumeRole(roleArn, roleAccount, callerAccount, region);
        JsonObject other = assumeRole("arn:aws:iam::" + roleAccount + ":role/platform-deployer", roleAccount, callerAccount, region);
        JsonObject event = EventBridgeEvent.fromCloudTrail(record), otherEvent = EventBridgeEvent.fromCloudTrail(other);
        List<String> rules = routes.delivering(event).stream().filter(r -> !routes.delivering(otherEvent).contains(r))
                .map(EventBridgeRules.EventRule::name).toList();
        List<JsonObject> ordinary = CloudTrailRecord.routineActivity(roleAccount, region).stream().map(CloudTrailRecord::json).toList();
        MetricFilterAlarms.Coverage c = filters.coverage((LogFilterPattern p) -> p.matches(record) && !p.matches(other)
                && ordinary.stream().noneMatch(p::matches));
        return new RoleUseAlarms(rules, c.alarmed(), c.withoutAlarm(), routes.nearMisses(event));
    }

    /** The record CloudTrail writes in the role's account when a session of {@code callerAccount} assumes the role. */
    static JsonObject assumeRole(String roleArn, String roleAccount, String callerAccount, String region) {
        String roleName = roleArn.substring(roleArn.lastIndexOf('/') + 1);
        JsonObject params = new JsonObject();
        params.addProperty("roleArn", roleArn);
        params.addProperty("roleSessionName", "jane.doe");
        params.addProperty("durationSeconds", 3600);
        JsonObject assumed = new JsonObject();
        assumed.addProperty("assumedRoleId", "AROAEXAMPLEBREAKGLASS:jane.doe");
        assumed.addProperty("arn", "arn:aws:sts::" + roleAccount + ":assumed-role/" + roleName + "/jane.doe");
        JsonObject credentials = new JsonObject();
        credentials.addProperty("accessKeyId", "ASIAEXAMPLEASSUMED01");
        credentials.addProperty("sessionToken", "IQoJb3JpZ2luX2VjEXAMPLE");
        credentials.addProperty("expiration", "Nov 30, 2026, 10:41:07 AM");
        JsonObject response = new JsonObject();
        response.add("credentials", credentials);
        response.add("assumedRoleUser", assumed);
        JsonObject r = CloudTrailRecord.apiCall("sts.amazonaws.com", "AssumeRole", roleAccount, region)
                .byAssumedRole(callerAccount, "SecurityResponder", "jane.doe", true).readOnly()
                .requestParameters(params).responseElements(response)
                .resource("AWS::IAM::Role", roleArn, roleAccount).json();
        r.addProperty("sharedEventID", "0b5e2f6c-3a1d-4e8f-9c7b-6d2a1f0e3b48");
        return r;
    }
}
