package org.msb.model.s3;

import org.msb.model.network.Cidr;
import org.msb.model.policy.Condition;

import java.util.Locale;
import java.util.Set;

/**
 * The conditions that make a grant to everyone non-public: a fixed value (no wildcard, no policy variable) of
 * a key that pins who or where the request comes from. An Allow needs a positive test ({@code StringEquals},
 * {@code ArnLike}, {@code IpAddress}...; not {@code ...IfExists}, which passes when the key is absent, nor
 * {@code ForAllValues:}, which passes on an empty set); a Deny for everyone does the same job with the negated
 * test ({@code StringNotEquals aws:SourceVpce vpce-1}: everyone else is refused).
 */
final class FixedValueConditions {
    /** Keys S3 and IAM Access Analyzer accept as restricting, lower case. */
    static final Set<String> KEYS = Set.of("aws:sourceip", "aws:sourcevpc", "aws:sourcevpce", "aws:sourcearn", "aws:sourceaccount",
            "aws:sourceowner", "aws:sourceorgid", "aws:sourceorgpaths", "aws:principalorgid", "aws:principalorgpaths",
            "aws:principalaccount", "aws:principalarn", "aws:userid", "s3:dataaccesspointarn", "s3:dataaccesspointaccount",
            "s3:x-amz-server-side-encryption-aws-kms-key-id");
    private static final Set<String> POSITIVE = Set.of("StringEquals", "StringEqualsIgnoreCase", "StringLike", "ArnEquals", "ArnLike", "IpAddress");
    private static final Set<String> NEGATED = Set.of("StringNotEquals", "StringNotEqualsIgnoreCase", "StringNotLike", "ArnNotEquals",
            "ArnNotLike", "NotIpAddress");

    private FixedValueConditions() {}

    /** True when an Allow with this condition admits only requests matching fixed values of a restricting key. */
    static boolean restrictsAllow(Condition c) {
        if (c.ifExists() || c.operator().startsWith("ForAllValues:")) return false;
        return POSITIVE.contains(c.baseOperator()) && fixed(c);
    }

    /** True when a Deny with this condition refuses everyone who does not match fixed values of a restricting key. */
    static boolean restrictsDeny(Condition c) {
        if (c.operator().startsWith("ForAnyValue:")) return false;
        return NEGATED.contains(c.baseOperator()) && fixed(c);
    }

    private static boolean fixed(Condition c) {
        String key = c.key().toLowerCase(Locale.ROOT);
        if (!KEYS.contains(key) || c.values().isEmpty()) return false;
        boolean ip = key.equals("aws:sourceip");
        if (ip != c.baseOperator().endsWith("IpAddress")) return false;
        for (String v : c.values()) {
            if (v.contains("${")) return false;
            if (ip) {
                if (everyAddress(v)) return false;
            } else if (v.contains("*") || v.contains("?")) {
                return false;
            }
            if (key.equals("aws:userid") && v.endsWith(":*")) return false;
        }
        return true;
    }

    /** 0.0.0.0/0 and ::/0 limit nothing. */
    private static boolean everyAddress(String cidr) {
        try {
            return Cidr.parse(cidr.trim()).prefixLength() == 0;
        } catch (RuntimeException notACidr) {
            return cidr.trim().equals("*");
        }
    }
}
