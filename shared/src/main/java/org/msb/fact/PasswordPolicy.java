package org.msb.fact;

/**
 * The account password policy as {@code iam:GetAccountPasswordPolicy} returns it. {@code exists} is false
 * when the account has none (NoSuchEntity); the other fields are then null.
 */
public record PasswordPolicy(boolean exists,
                             Integer minimumPasswordLength,
                             Boolean requireUppercaseCharacters,
                             Boolean requireLowercaseCharacters,
                             Boolean requireNumbers,
                             Boolean requireSymbols,
                             Integer maxPasswordAge,
                             Integer passwordReusePrevention,
                             Boolean allowUsersToChangePassword,
                             Boolean hardExpiry) {

    public static PasswordPolicy none() {
        return new PasswordPolicy(false, null, null, null, null, null, null, null, null, null);
    }
}
