package org.msb.model.secrets;

import java.util.Locale;

/**
 * Values that resolve from a secret store instead of holding the secret: Secrets Manager and SSM Parameter
 * Store ARNs, CloudFormation dynamic references, the Lambda extension and Spring Cloud AWS prefixes.
 */
public final class SecretReferences {
    public static final String SECRETS_MANAGER = "Secrets Manager";
    public static final String SSM = "SSM Parameter Store";

    private SecretReferences() {}

    /** The store a value refers to, or null when it is not a reference. */
    public static String storeOf(String value) {
        if (value == null) return null;
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.matches("arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:.+")
                || v.startsWith("{{resolve:secretsmanager:") || v.startsWith("/aws/reference/secretsmanager/")
                || v.startsWith("aws-secretsmanager:") || v.startsWith("secretsmanager:")) {
            return SECRETS_MANAGER;
        }
        if (v.matches("arn:aws[a-z-]*:ssm:[a-z0-9-]+:\\d{12}:parameter/.+")
                || v.startsWith("{{resolve:ssm:") || v.startsWith("{{resolve:ssm-secure:")
                || v.startsWith("aws-parameterstore:") || v.startsWith("ssm:/") || v.startsWith("ssm://")) {
            return SSM;
        }
        return null;
    }
}
