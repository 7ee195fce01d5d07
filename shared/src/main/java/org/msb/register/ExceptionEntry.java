package org.msb.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

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
    /** Wildcard globs compiled once: a scan asks every entry about every result (bounded: a Lambda lives long). */
    private static final Map<String, Pattern> GLOBS = new ConcurrentHashMap<>();
    private static final int GLOBS_KEPT = 4096;

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
        Pattern p = GLOBS.get(resource);
        if (p == null) {
            p = glob(resource);
            if (GLOBS.size() < GLOBS_KEPT) GLOBS.put(resource, p);
        }
        return (resourceId != null && p.matcher(resourceId).matches()) || (arn != null && p.matcher(arn).matches());
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

    private static Pattern glob(String g) {
        StringBuilder re = new StringBuilder();
        for (char c : g.toCharArray()) {
            if (c == '*') re.append(".*");
            else if (c == '?') re.append('.');
            else re.append(Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(re.toString(), g.startsWith("arn:") ? 0 : Pattern.UNICODE_CASE);
    }

    @Override public String toString() { return id + " (" + source.toLowerCase(Locale.ROOT) + ")"; }
}
