package org.msb.model.policy;

/** The kinds of principal a policy names: the bare {@code "*"} and the keys of a {@code Principal} object. */
public enum PrincipalType {
    /** {@code "Principal": "*"}: everyone, signed or anonymous. */
    ALL("*"),
    /** {@code {"AWS": ...}}: accounts, users, roles, sessions; {@code {"AWS": "*"}} is everyone too. */
    AWS("AWS"),
    /** {@code {"Service": "ec2.amazonaws.com"}}. */
    SERVICE("Service"),
    /** {@code {"Federated": "arn:aws:iam::...:saml-provider/..."}} or a web identity provider such as {@code cognito-identity.amazonaws.com}. */
    FEDERATED("Federated"),
    /** {@code {"CanonicalUser": "79a59df9..."}} (S3 canonical ids, CloudFront origin access identities). */
    CANONICAL_USER("CanonicalUser");

    private final String key;

    PrincipalType(String key) { this.key = key; }

    /** The key as written in a policy ({@code "AWS"}, {@code "Service"}...). */
    public String key() { return key; }

    /** The type of a {@code Principal} object key; null when it is not one AWS defines. */
    static PrincipalType ofKey(String key) {
        for (PrincipalType t : values()) if (t != ALL && t.key.equals(key)) return t;
        return null;
    }
}
