package org.msb.model.secrets;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns scanned traits into findings: every recognised secret format, and a credential-like value under a
 * secret-like name unless it refers to Secrets Manager or SSM.
 */
public final class SecretFindings {
    private SecretFindings() {}

    public static List<SecretFinding> of(List<ScannedValue> values, SecretNames names) {
        List<SecretFinding> out = new ArrayList<>();
        for (ScannedValue v : values) {
            if (v.reference() != null) continue;  // resolved from a store at run time: the accepted practice
            for (SecretKind k : v.kinds()) out.add(new SecretFinding(v.where(), k));
            if (v.kinds().isEmpty() && v.credentialLike() && names.isSecretLike(v.name())) {
                out.add(new SecretFinding(v.where(), SecretKind.CREDENTIAL_UNDER_SECRET_NAME));
            }
        }
        return out;
    }

    /** Findings as one annotation phrase: "DB_PASSWORD: a credential-like value...; API_KEY: a Google API key". */
    public static String describe(List<SecretFinding> findings, int max) {
        StringBuilder b = new StringBuilder();
        int shown = Math.min(max, findings.size());
        for (int i = 0; i < shown; i++) b.append(i == 0 ? "" : "; ").append(findings.get(i));
        if (findings.size() > shown) b.append("; and ").append(findings.size() - shown).append(" more");
        return b.toString();
    }
}
