package org.msb.fact;

import org.msb.error.InvalidWorldException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the credential report, every column as AWS wrote it (see AWS's column list in the IAM User
 * Guide, "Getting credential reports"). Booleans are {@code true}/{@code false}; dates ISO-8601 or one of
 * {@code N/A}, {@code no_information}, {@code not_supported}. For the root user, {@code password_enabled} and
 * {@code password_last_changed} may be {@code not_supported}.
 */
public record CredentialReportRow(String user, String arn, String userCreationTime,
                                  String passwordEnabled, String passwordLastUsed, String passwordLastChanged,
                                  String passwordNextRotation, String mfaActive,
                                  String accessKey1Active, String accessKey1LastRotated, String accessKey1LastUsedDate,
                                  String accessKey1LastUsedRegion, String accessKey1LastUsedService,
                                  String accessKey2Active, String accessKey2LastRotated, String accessKey2LastUsedDate,
                                  String accessKey2LastUsedRegion, String accessKey2LastUsedService,
                                  String cert1Active, String cert1LastRotated, String cert2Active, String cert2LastRotated) {

    /** One access key slot (1 or 2) of a row. {@code lastRotated} is the key's creation or last rotation. */
    public record AccessKey(int slot, boolean active, Instant lastRotated, Instant lastUsed, String lastUsedRaw) {
        /** True when the key was never used ({@code N/A} with a key present, or {@code no_information}). */
        public boolean neverUsed() { return lastUsed == null; }
    }

    public boolean isRoot() { return CredentialReport.ROOT.equals(user); }

    /** {@code password_enabled}: true, false, or null when AWS does not say ({@code not_supported}, root). */
    public Boolean passwordEnabledFlag() { return flag("password_enabled", passwordEnabled, true); }

    public boolean hasPassword() { return Boolean.TRUE.equals(passwordEnabledFlag()); }

    public boolean hasMfa() { return Boolean.TRUE.equals(flag("mfa_active", mfaActive, false)); }

    public Instant createdAt() { return CredentialReport.time("user_creation_time", user, userCreationTime); }

    /** When the password was last used to sign in; null if never (or before IAM tracked it, no_information). */
    public Instant passwordLastUsedAt() { return CredentialReport.time("password_last_used", user, passwordLastUsed); }

    public Instant passwordLastChangedAt() { return CredentialReport.time("password_last_changed", user, passwordLastChanged); }

    /** Both key slots, active or not. */
    public List<AccessKey> accessKeys() {
        List<AccessKey> out = new ArrayList<>(2);
        out.add(key(1, accessKey1Active, accessKey1LastRotated, accessKey1LastUsedDate));
        out.add(key(2, accessKey2Active, accessKey2LastRotated, accessKey2LastUsedDate));
        return out;
    }

    public List<AccessKey> activeAccessKeys() { return accessKeys().stream().filter(AccessKey::active).toList(); }

    /** True when an X.509 signing certificate is active (a long-term credential too). */
    public boolean hasActiveCertificate() {
        return Boolean.TRUE.equals(flag("cert_1_active", cert1Active, false)) || Boolean.TRUE.equals(flag("cert_2_active", cert2Active, false));
    }

    private AccessKey key(int slot, String active, String rotated, String used) {
        String prefix = "access_key_" + slot + "_";
        return new AccessKey(slot, Boolean.TRUE.equals(flag(prefix + "active", active, false)),
                CredentialReport.time(prefix + "last_rotated", user, rotated),
                CredentialReport.time(prefix + "last_used_date", user, used), used);
    }

    /** "true"/"false" (any case); with {@code allowNotSupported}, not_supported/N/A give null. */
    private Boolean flag(String column, String value, boolean allowNotSupported) {
        if (value == null) return allowNotSupported ? null : Boolean.FALSE;
        String v = value.trim();
        if (v.equalsIgnoreCase("true")) return Boolean.TRUE;
        if (v.equalsIgnoreCase("false")) return Boolean.FALSE;
        if (CredentialReport.NO_DATE.contains(v)) return allowNotSupported ? null : Boolean.FALSE;
        throw new InvalidWorldException("credential report, row " + user + ": " + column + " \"" + value + "\" is not true or false");
    }
}
