package org.msb.fact;

import java.util.Map;

/**
 * {@code iam:GetAccountSummary}'s SummaryMap: entity counts, quotas, and the root user's credential flags
 * ({@code AccountMFAEnabled}, {@code AccountAccessKeysPresent}, {@code AccountSigningCertificatesPresent},
 * and {@code AccountPasswordPresent} where AWS reports it).
 */
public record AccountSummary(Map<String, Integer> summaryMap) {
    public AccountSummary {
        summaryMap = summaryMap == null ? Map.of() : Map.copyOf(summaryMap);
    }

    /** A value by key; null when absent. */
    public Integer value(String key) { return summaryMap.get(key); }

    public boolean rootMfaEnabled() { return one("AccountMFAEnabled"); }

    public boolean rootAccessKeysPresent() { return one("AccountAccessKeysPresent"); }

    public boolean rootSigningCertificatesPresent() { return one("AccountSigningCertificatesPresent"); }

    /** Whether the root user has a password: null when the summary does not say (the key is absent). */
    public Boolean rootPasswordPresent() {
        Integer v = summaryMap.get("AccountPasswordPresent");
        return v == null ? null : v > 0;
    }

    private boolean one(String key) {
        Integer v = summaryMap.get(key);
        return v != null && v > 0;
    }
}
