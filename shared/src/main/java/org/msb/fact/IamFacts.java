package org.msb.fact;

import java.util.List;

/** Facts read by the Identity \& Access Management (IAM) rules. */
public final class IamFacts {
    private IamFacts() {}

    private static final String LOADERS = "org.msb.fact.loader.";

    /** One report serves IAM-1, IAM-2, IAM-4, IAM-5 and IAM-6; a view loads it once. */
    public static final Fact<CredentialReport> CREDENTIAL_REPORT = new Fact<>(
            "iam.credentialReport", CredentialReport.class,
            List.of("iam:GenerateCredentialReport", "iam:GetCredentialReport"),
            LOADERS + "CredentialReportLoader", false,
            "The IAM credential report: per user and root, password, MFA, access keys and certificates with their dates.");

    public static final Fact<AccountSummary> ACCOUNT_SUMMARY = new Fact<>(
            "iam.accountSummary", AccountSummary.class,
            List.of("iam:GetAccountSummary"),
            LOADERS + "AccountSummaryLoader", false,
            "iam:GetAccountSummary: root MFA, root access keys and certificates, root password where reported.");

    public static final Fact<VirtualMfaDevices> VIRTUAL_MFA_DEVICES = new Fact<>(
            "iam.virtualMfaDevices", VirtualMfaDevices.class,
            List.of("iam:ListVirtualMFADevices"),
            LOADERS + "VirtualMfaDevicesLoader", false,
            "Virtual MFA devices and their users; root with a virtual device has no hardware MFA.");

    public static final Fact<IdentityProviders> IDENTITY_PROVIDERS = new Fact<>(
            "iam.identityProviders", IdentityProviders.class,
            List.of("iam:ListSAMLProviders", "iam:ListOpenIDConnectProviders"),
            LOADERS + "IdentityProvidersLoader", false,
            "SAML and OIDC identity providers of the account (Identity Center's AWSSSO_ SAML provider among them).");

    public static final Fact<RoleActivity> ROLE_ACTIVITY = new Fact<>(
            "iam.roleActivity", RoleActivity.class,
            List.of("iam:GetAccountAuthorizationDetails"),
            LOADERS + "RoleActivityLoader", false,
            "When each IAM role was last used (RoleLastUsed), from iam:GetAccountAuthorizationDetails.");

    /** Every fact of this holder. */
    public static List<Fact<?>> all() {
        return List.of(CREDENTIAL_REPORT, ACCOUNT_SUMMARY, VIRTUAL_MFA_DEVICES, IDENTITY_PROVIDERS, ROLE_ACTIVITY);
    }
}
