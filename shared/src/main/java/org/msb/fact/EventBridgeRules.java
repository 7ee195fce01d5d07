package org.msb.fact;

import java.util.List;

/**
 * The rules of the region's default event bus (where AWS services, CloudTrail and GuardDuty deliver their
 * events), each with its event pattern as EventBridge stores it (JSON text) and its targets, from
 * events:ListRules and events:ListTargetsByRule.
 */
public record EventBridgeRules(List<EventRule> rules) {

    public EventBridgeRules {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * @param state ENABLED, DISABLED or ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS
     * @param eventPattern null for a scheduled rule
     * @param managedBy the service principal that manages the rule, or null
     */
    public record EventRule(String name, String arn, String state, String eventPattern, String scheduleExpression,
                            String managedBy, List<Target> targets) {
        public EventRule {
            targets = targets == null ? List.of() : List.copyOf(targets);
        }

        /** Both enabled states deliver events; DISABLED does not. */
        public boolean isEnabled() { return state != null && state.startsWith("ENABLED"); }
    }

    public record Target(String id, String arn) {}
}
