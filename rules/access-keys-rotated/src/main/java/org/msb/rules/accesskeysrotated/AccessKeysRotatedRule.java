package org.msb.rules.accesskeysrotated;

import org.msb.fact.CredentialReport;
import org.msb.fact.CredentialReportRow;
import org.msb.fact.IamFacts;
import org.msb.item.ConfigurationItem;
import org.msb.model.iam.IamIdentity;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM-5: long-term credentials are rotated and removed when unused. Per IAM user, from the credential report:
 * every active access key is younger than {@code maxAccessKeyAge} days ({@code ACCESS_KEYS_ROTATED}, same
 * parameter); an active key, or a console password, not used for {@code maxCredentialUsageAge} days (or never
 * used and older than that) is flagged ({@code IAM_USER_UNUSED_CREDENTIALS_CHECK}, same parameter; default 45
 * as Security Hub IAM.22 and CIS, stricter than the managed rule's 90). Inactive keys are ignored.
 * <pre>
 * Scenario 1: Given active keys younger than 90 days and used recently  Then COMPLIANT
 * Scenario 2: Given an active key 400 days old                          Then NON_COMPLIANT, "key 1 is 400 days old (max 90)"
 * Scenario 3: Given a key or password unused for 60 days                Then NON_COMPLIANT, "unused for 60 days (max 45)"
 * Scenario 4: Given a key never used, 50 days old                       Then NON_COMPLIANT, "never used in 50 days"
 * Scenario 5: Given no active key and no console password               Then NOT_APPLICABLE
 * Scenario 6: Given maxAccessKeyAge=0                                   Then the invocation fails naming the parameter
 * Scenario 7: Given a failing user and a valid / expired exception      Then COMPLIANT by exception / NON_COMPLIANT
 * </pre>
 */
public final class AccessKeysRotatedRule implements Rule {
    static final String USER = "AWS::IAM::User";
    static final String MAX_KEY_AGE = "maxAccessKeyAge";
    static final String MAX_UNUSED = "maxCredentialUsageAge";

    static final RuleSpec SPEC = RuleSpec.builder("access-keys-rotated", "IAM-5")
            .title("Access keys rotated, unused credentials removed")
            .baseline("Long-term access keys must be rotated regularly")
            .description("Every active access key is younger than maxAccessKeyAge days; keys and console passwords unused for "
                    + "maxCredentialUsageAge days are flagged.")
            .severity(Severity.MEDIUM)
            .periodic().global().cleanUpStale().timeoutSeconds(120)
            .readsItems(USER)
            .reads(IamFacts.CREDENTIAL_REPORT)
            .param(ParameterSpec.integer(MAX_KEY_AGE, 90, 1, 3650, "Maximum age in days of an active access key"))
            .param(ParameterSpec.integer(MAX_UNUSED, 45, 1, 3650,
                    "Days after which an unused active access key or console password is flagged"))
            .remediation("Rotate: aws iam create-access-key, switch the workload, then update-access-key --status Inactive and "
                    + "delete-access-key on the old key. Remove unused keys and passwords (delete-login-profile). Better: use roles.")
            .managedRule("ACCESS_KEYS_ROTATED", "IAM_USER_UNUSED_CREDENTIALS_CHECK")
            .securityHub("IAM.3", "IAM.8", "IAM.22")
            .cis("CIS v1.2.0 1.3", "CIS v1.2.0 1.4", "CIS v1.4.0 1.12", "CIS v1.4.0 1.14")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<ConfigurationItem> users = in.items(USER);
        if (users.isEmpty()) return List.of();
        CredentialReport report = in.fact(IamFacts.CREDENTIAL_REPORT);
        int maxAge = in.params().intValue(MAX_KEY_AGE), maxUnused = in.params().intValue(MAX_UNUSED);
        List<Evaluation> out = new ArrayList<>();
        for (ConfigurationItem item : users) {
            String name = IamIdentity.nameOf(item);
            CredentialReportRow row = report.user(name).orElse(null);
            if (row == null) {
                out.add(in.nonCompliant(item, "IAM user " + name + " is not in the credential report of " + report.generatedTime()
                        + " (created after it?), so its credentials cannot be checked; the next run re-checks."));
                continue;
            }
            List<CredentialReportRow.AccessKey> keys = row.activeAccessKeys();
            if (keys.isEmpty() && !row.hasPassword()) {
                out.add(in.notApplicable(item, "IAM user " + name + " has no active access key and no console password."));
                continue;
            }
            List<String> problems = new ArrayList<>(), fine = new ArrayList<>();
            for (CredentialReportRow.AccessKey k : keys) {
                String key = "key " + k.slot();
                if (k.lastRotated() == null) {
                    problems.add(key + " is active but the report gives no creation date");
                    continue;
                }
                long age = days(k.lastRotated(), in);
                if (age > maxAge) problems.add(key + " is " + age + " days old (max " + maxAge + ")");
                String use = usage(key, k.lastUsed(), age, maxUnused, in);
                if (use != null) problems.add(use);
                else fine.add(key + " " + age + " days old");
            }
            if (row.hasPassword()) {
                Instant since = latest(row.passwordLastChangedAt(), row.createdAt());
                String use = usage("console password", row.passwordLastUsedAt(), days(since, in), maxUnused, in);
                if (use != null) problems.add(use);
                else fine.add("console password in use");
            }
            if (problems.isEmpty()) {
                out.add(in.compliant(item, "IAM user " + name + ": " + String.join(", ", fine) + "; every credential used within "
                        + maxUnused + " days."));
            } else {
                out.add(in.nonCompliant(item, "IAM user " + name + ": " + String.join("; ", problems) + "."));
            }
        }
        return out;
    }

    /** A finding when the credential is unused too long; null when it was used recently enough (or is too new to tell). */
    private static String usage(String what, Instant lastUsed, long ageDays, int maxUnused, RuleInput in) {
        if (lastUsed == null) return ageDays > maxUnused ? what + " never used in " + ageDays + " days (max " + maxUnused + " unused)" : null;
        long idle = days(lastUsed, in);
        return idle > maxUnused ? what + " unused for " + idle + " days (max " + maxUnused + ")" : null;
    }

    private static long days(Instant t, RuleInput in) { return t == null ? Long.MAX_VALUE / 2 : Duration.between(t, in.now()).toDays(); }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
