package org.msb.model.policy;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One principal named by a statement: {@code Principal: "*"} gives one principal of type {@link PrincipalType#ALL};
 * {@code {"AWS": ["111122223333", "arn:aws:iam::444455556666:role/x"]}} gives two of type AWS.
 */
public record Principal(PrincipalType type, String value) {
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");
    private static final Pattern ARN_ACCOUNT = Pattern.compile("arn:[a-z0-9-]+:(?:iam|sts)::(\\d{12}):.*");

    public Principal {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** Anyone: {@code "*"} or {@code {"AWS": "*"}} (AWS treats both as every principal, also anonymous). */
    public boolean isEveryone() {
        return type == PrincipalType.ALL || (type == PrincipalType.AWS && value.equals("*"));
    }

    /**
     * The 12-digit account of an AWS principal ({@code 111122223333}, {@code arn:aws:iam::111122223333:root},
     * a user, role or assumed-role ARN); null for other types, {@code "*"} and unrecognised values (a role's
     * unique id such as {@code AROA...} after the role was deleted).
     */
    public String accountId() {
        if (type != PrincipalType.AWS) return null;
        if (ACCOUNT_ID.matcher(value).matches()) return value;
        Matcher m = ARN_ACCOUNT.matcher(value);
        return m.matches() ? m.group(1) : null;
    }

    /** True when an AWS principal names a whole account ({@code 111122223333} or {@code arn:aws:iam::111122223333:root}). */
    public boolean isAccountRoot() {
        return type == PrincipalType.AWS && (ACCOUNT_ID.matcher(value).matches() || value.matches("arn:[a-z0-9-]+:iam::\\d{12}:root"));
    }

    @Override public String toString() { return type == PrincipalType.ALL ? "*" : type.key() + ":" + value; }
}
