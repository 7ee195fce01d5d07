package org.msb.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A governed exception: which rules, which resource (id or ARN glob) or account, why, who approved it,
 * until when, and optionally how often it must be re-attested and when it last was.
 *
 * @param rules rule ids, or "*" for every rule
 * @param resource a resource id or ARN, {@code *} and {@code ?} as wildcards; null = every resource of the account
 * @param account a 12-digit account id; null = any account
 * @param attestationIntervalDays null or 0 = no attestation required
 * @param source "register" or "tag:KEY", for annotations and reports
 */
public record ExceptionEntry(String id, List<String> rules, String resource, String account, String reason,
                             String approver, LocalDate expires, Integer attestationIntervalDays,
                             LocalDate lastAttested, String attestedBy, String source) {
    public ExceptionEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(expires, "expires");
        rules = List.copyOf(rules);
    }

    public boolean appliesTo(String ruleId, String accountId, String resourceId, String arn) {
        if (!rules.contains("*") && !rules.contains(ruleId)) return false;
        if (account != null && !account.equals(accountId)) return false;
        if (resource == null) return true;
        if (resource.indexOf('*') < 0 && resource.indexOf('?') < 0) return resource.equals(resourceId) || resource.equals(arn);
        return (resourceId != null && globMatches(resource, resourceId)) || (arn != null && globMatches(resource, arn));
    }

    /** Valid through {@code expires} (inclusive); attestation due {@code interval} days after the last one. */
    public ExceptionStatus statusOn(LocalDate today) {
        if (today.isAfter(expires)) return ExceptionStatus.EXPIRED;
        if (attestationIntervalDays != null && attestationIntervalDays > 0) {
            if (lastAttested == null || today.isAfter(lastAttested.plusDays(attestationIntervalDays))) {
                return ExceptionStatus.ATTESTATION_OVERDUE;
            }
        }
        return ExceptionStatus.VALID;
    }

    /** The date after which the entry stops being valid: expiry, or the next attestation due date if sooner. */
    public LocalDate validUntil() {
        if (attestationIntervalDays != null && attestationIntervalDays > 0 && lastAttested != null) {
            LocalDate due = lastAttested.plusDays(attestationIntervalDays);
            return due.isBefore(expires) ? due : expires;
        }
        return expires;
    }

    /**
     * Whether {@code text} matches {@code glob} ({@code *} any run of characters, {@code ?} one), case-sensitively.
     * Greedy, going back only to the last {@code *}: linear for the usual globs and at worst glob x text steps, where
     * the regex this replaced backtracked exponentially on a glob of many stars (found by fuzzing: "arn***...*:x").
     */
    static boolean globMatches(String glob, String text) {
        int g = 0, t = 0, star = -1, resume = 0;
        while (t < text.length()) {
            if (g < glob.length() && glob.charAt(g) == '*') {
                star = g++;
                resume = t;
            } else if (g < glob.length() && (glob.charAt(g) == '?' || glob.charAt(g) == text.charAt(t))) {
                g++;
                t++;
            } else if (star >= 0) {
                g = star + 1;
                t = ++resume;
            } else {
                return false;
            }
        }
        while (g < glob.length() && glob.charAt(g) == '*') g++;
        return g == glob.length();
    }

    @Override public String toString() { return id + " (" + source.toLowerCase(Locale.ROOT) + ")"; }
}
