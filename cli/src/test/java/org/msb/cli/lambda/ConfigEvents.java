package org.msb.cli.lambda;

import com.google.gson.JsonObject;
import org.msb.rule.RuleSpec;

/** AWS Config rule invocation events as Lambda receives them (../shared/aws/CONFIG-RULES-CONTRACT.md), for tests. */
final class ConfigEvents {
    static final String NOTIFICATION_TIME = "2026-11-30T08:00:00.000Z";

    private ConfigEvents() {}

    /** The invoking event of a periodic rule. */
    static JsonObject scheduled(String accountId) {
        JsonObject inv = new JsonObject();
        inv.addProperty("awsAccountId", accountId);
        inv.addProperty("notificationCreationTime", NOTIFICATION_TIME);
        inv.addProperty("messageType", "ScheduledNotification");
        inv.addProperty("recordVersion", "1.0");
        return inv;
    }

    /** The invoking event of a change to {@code item} (a configuration item in Config's notification shape). */
    static JsonObject change(JsonObject item) {
        JsonObject inv = new JsonObject();
        inv.add("configurationItem", item);
        inv.addProperty("notificationCreationTime", NOTIFICATION_TIME);
        inv.addProperty("messageType", "ConfigurationItemChangeNotification");
        inv.addProperty("recordVersion", "1.3");
        return inv;
    }

    /** The Lambda event around an invoking event; PutEvaluations runs in TestMode (nothing is stored). */
    static JsonObject event(RuleSpec spec, JsonObject invoking) {
        JsonObject e = new JsonObject();
        e.addProperty("version", "1.0");
        e.addProperty("invokingEvent", invoking.toString());
        e.addProperty("ruleParameters", "{}");
        e.addProperty("resultToken", "TESTMODE");
        e.addProperty("eventLeftScope", false);
        e.addProperty("executionRoleArn", "arn:aws:iam::123456789012:role/msb-config-rules");
        e.addProperty("configRuleArn", "arn:aws:config:us-east-1:123456789012:config-rule/config-rule-" + spec.id());
        e.addProperty("configRuleName", "msb-" + spec.id());
        e.addProperty("configRuleId", "config-rule-" + spec.id());
        e.addProperty("accountId", "123456789012");
        e.addProperty("evaluationMode", "DETECTIVE");
        return e;
    }
}
