package org.msb.fact;

import java.util.List;

/**
 * The Security Hub standards subscriptions of this region (GetEnabledStandards). {@code hubEnabled} is false,
 * with AWS's message, when Security Hub itself is not enabled (InvalidAccessException).
 */
public record SecurityHubStandards(boolean hubEnabled, String notEnabledReason, List<SecurityHubStandardsSubscription> subscriptions) {
    public SecurityHubStandards {
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
    }
}
