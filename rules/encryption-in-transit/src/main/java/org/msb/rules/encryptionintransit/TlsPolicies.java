package org.msb.rules.encryptionintransit;

import org.msb.model.policy.WildcardPattern;

import java.util.List;

/** The {@code allowedTlsPolicies} parameter: security policy names, or patterns with {@code *}. */
record TlsPolicies(List<String> patterns) {
    /** Every predefined policy whose minimum is TLS 1.2 or 1.3 (the TLS13-1-0/1-1, TLS-1-1 and FS-1-1 ones are left out). */
    static final String DEFAULT = "ELBSecurityPolicy-TLS13-1-2-*,ELBSecurityPolicy-TLS13-1-3-*,ELBSecurityPolicy-TLS-1-2-*,"
            + "ELBSecurityPolicy-FS-1-2-*";

    boolean allows(String policy) {
        return policy != null && patterns.stream().anyMatch(p -> WildcardPattern.resource(p).matches(policy));
    }

    @Override public String toString() { return String.join(", ", patterns); }
}
