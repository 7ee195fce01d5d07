package org.msb.fact;

import java.util.List;

/**
 * The Trusted Advisor security checks and their latest status (Support API, us-east-1). The API needs a
 * Business, Enterprise On-Ramp or Enterprise support plan: without one {@code available} is false and
 * {@code unavailableReason} holds AWS's answer (SubscriptionRequiredException).
 */
public record TrustedAdvisorChecks(boolean available, String unavailableReason, List<TrustedAdvisorCheck> checks) {
    public TrustedAdvisorChecks {
        checks = checks == null ? List.of() : List.copyOf(checks);
    }
}
