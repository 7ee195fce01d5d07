package org.msb.internal.lambda;

import org.msb.item.ConfigurationItem;

import java.time.Instant;
import java.util.Objects;

/**
 * One Config rule invocation, parsed and checked by {@link ConfigEventParser}.
 *
 * @param item the configuration item of a change notification (null otherwise)
 * @param oversized the summary of an oversized notification (null otherwise)
 * @param notificationCreationTime when Config sent the notification (required for scheduled runs)
 * @param ruleParameters the raw InputParameters JSON; null when absent, "" or "{}"
 * @param accountId the account that owns the rule: the event's accountId, else the invoking event's or the item's
 */
public record RuleEvent(MessageType messageType, ConfigurationItem item, OversizedSummary oversized,
                        Instant notificationCreationTime, String ruleParameters, String resultToken,
                        boolean eventLeftScope, String accountId, String configRuleName, String configRuleArn,
                        String executionRoleArn) {

    /** The result token rdklib and the RDK use for local runs; PutEvaluations then goes in TestMode. */
    public static final String TEST_MODE_TOKEN = "TESTMODE";

    public RuleEvent {
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(resultToken, "resultToken");
    }

    public boolean isTestMode() { return TEST_MODE_TOKEN.equals(resultToken); }

    /** "type id" of the resource a change event is about; null for scheduled runs. */
    public String resource() {
        if (item != null) return item.resourceType() + " " + item.resourceId();
        if (oversized != null) return oversized.resourceType() + " " + oversized.resourceId();
        return null;
    }
}
