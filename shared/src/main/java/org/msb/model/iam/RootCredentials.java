package org.msb.model.iam;

import org.msb.fact.AccountSummary;
import org.msb.fact.CredentialReport;
import org.msb.fact.CredentialReportRow;

import java.util.ArrayList;
import java.util.List;

/**
 * What is known about the root user's credentials, from the credential report's {@code <root_account>}
 * row and iam:GetAccountSummary. Organizations with centralized root access can delete a member account's
 * root password, keys and certificates; enabling the feature alone deletes nothing, so only the absence
 * of every credential, positively reported, counts as "no root credentials".
 *
 * @param password true/false when AWS says (report row or AccountPasswordPresent), null when unknown
 */
public record RootCredentials(Boolean password, boolean accessKeys, boolean certificates, boolean mfa) {

    public static RootCredentials of(CredentialReport report, AccountSummary summary) {
        CredentialReportRow row = report.root().orElse(null);
        Boolean password = row == null ? null : row.passwordEnabledFlag();
        if (password == null) password = summary.rootPasswordPresent();
        boolean keys = summary.rootAccessKeysPresent() || (row != null && !row.activeAccessKeys().isEmpty());
        boolean certs = summary.rootSigningCertificatesPresent() || (row != null && row.hasActiveCertificate());
        boolean mfa = row != null ? row.hasMfa() || summary.rootMfaEnabled() : summary.rootMfaEnabled();
        return new RootCredentials(password, keys, certs, mfa);
    }

    /** True only when AWS reports no password, no access key and no certificate for root. */
    public boolean absent() { return Boolean.FALSE.equals(password) && !accessKeys && !certificates; }

    /** The credentials root has (or may have), for annotations: "password", "access keys", "password (presumed)". */
    public List<String> present() {
        List<String> out = new ArrayList<>();
        if (password == null) out.add("password (presumed; AWS does not report it)");
        else if (password) out.add("password");
        if (accessKeys) out.add("access keys");
        if (certificates) out.add("signing certificates");
        return out;
    }
}
