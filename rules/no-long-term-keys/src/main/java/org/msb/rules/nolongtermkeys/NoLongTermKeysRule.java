package org.msb.rules.nolongtermkeys;

import org.msb.fact.CredentialReport;
import org.msb.fact.CredentialReportRow;
import org.msb.fact.IamFacts;
import org.msb.item.ConfigurationItem;
import org.msb.model.iam.IamIdentity;
import org.msb.model.iam.RootCredentials;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * IAM-4: no long-term access keys. The root user has none ({@code IAM_ROOT_ACCESS_KEY_CHECK}: the account
 * summary's AccountAccessKeysPresent, and the credential report's root row), and every IAM user with an
 * active access key is NON_COMPLIANT: workloads use roles and temporary credentials. Keys that must stay
 * (a system outside AWS without OIDC) are governed exceptions with an expiry, not an allow-list.
 * <pre>
 * Scenario 1: Given a user without active keys (or only inactive ones)   Then COMPLIANT
 * Scenario 2: Given a user with an active key                            Then NON_COMPLIANT naming the key, its age and last use
 * Scenario 3: Given root without keys / with a key                       Then the account is COMPLIANT / NON_COMPLIANT
 * Scenario 4: Given a user missing from the credential report            Then NON_COMPLIANT (its keys cannot be shown absent)
 * Scenario 5: Given a key user with a valid / expired exception           Then COMPLIANT by exception / NON_COMPLIANT saying it expired
 * Scenario 6: Given a parameter the rule does not have                    Then the invocation fails naming it
 * Scenario 7: Given HomeRegion is another region                          Then no evaluation (the home region answers)
 * </pre>
 */
public final class NoLongTermKeysRule implements Rule {
    static final String USER = "AWS::IAM::User";

    static final RuleSpec SPEC = RuleSpec.builder("no-long-term-keys", "IAM-4")
            .title("No long-term access keys")
            .baseline("Long-term access keys should be replaced by temporary credentials (IAM roles)")
            .description("The root user has no access keys, and no IAM user has an active access key unless excepted; "
                    + "workloads use roles and temporary credentials.")
            .severity(Severity.HIGH)
            .periodic().global().cleanUpStale().timeoutSeconds(120)
            .readsItems(USER)
            .reads(IamFacts.CREDENTIAL_REPORT, IamFacts.ACCOUNT_SUMMARY)
            .remediation("Move the workload to an IAM role (instance profile, task role, IAM Roles Anywhere or OIDC federation), then "
                    + "aws iam update-access-key --status Inactive and delete-access-key. Delete root keys as root (Security credentials).")
            .managedRule("IAM_ROOT_ACCESS_KEY_CHECK")
            .securityHub("IAM.4")
            .cis("CIS v1.2.0 1.12", "CIS v1.4.0 1.4")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        CredentialReport report = in.fact(IamFacts.CREDENTIAL_REPORT);
        List<Evaluation> out = new ArrayList<>();
        RootCredentials root = RootCredentials.of(report, in.fact(IamFacts.ACCOUNT_SUMMARY));
        out.add(root.accessKeys()
                ? in.accountNonCompliant("The root user has an active access key; expected none (delete it as root).")
                : in.accountCompliant("The root user has no access key."));
        for (ConfigurationItem item : in.items(USER)) {
            String name = IamIdentity.nameOf(item);
            CredentialReportRow row = report.user(name).orElse(null);
            if (row == null) {
                out.add(in.nonCompliant(item, "IAM user " + name + " is not in the credential report of " + report.generatedTime()
                        + " (created after it?), so its keys cannot be shown absent; the next run re-checks."));
                continue;
            }
            List<CredentialReportRow.AccessKey> keys = row.activeAccessKeys();
            if (keys.isEmpty()) {
                out.add(in.compliant(item, "IAM user " + name + " has no active access key."));
                continue;
            }
            String described = keys.stream().map(k -> "key " + k.slot() + " " + days(k.lastRotated(), in) + " old, "
                    + (k.neverUsed() ? "never used" : "last used " + ago(k.lastUsed(), in))).collect(Collectors.joining("; "));
            out.add(in.nonCompliant(item, "IAM user " + name + " has " + keys.size() + " active access key" + (keys.size() == 1 ? "" : "s")
                    + " (" + described + "); expected roles and temporary credentials instead."));
        }
        return out;
    }

    private static String ago(java.time.Instant t, RuleInput in) {
        long d = Duration.between(t, in.now()).toDays();
        return d == 0 ? "today" : d == 1 ? "yesterday" : d + " days ago";
    }

    private static String days(java.time.Instant t, RuleInput in) {
        return t == null ? "an unknown time" : Duration.between(t, in.now()).toDays() + " days";
    }
}
