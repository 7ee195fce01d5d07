package org.msb.rules.federatedaccess;

import org.msb.fact.CredentialReport;
import org.msb.fact.CredentialReportRow;
import org.msb.fact.IamFacts;
import org.msb.fact.IdentityProviders;
import org.msb.item.ConfigurationItem;
import org.msb.model.iam.IamIdentity;
import org.msb.model.policy.WildcardPattern;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * IAM-1: people sign in through a federation source, not as IAM users. One account result (a SAML or OIDC
 * identity provider, or IAM Identity Center, exists) and one result per IAM user (a console password is
 * NON_COMPLIANT unless the user is an allowed break-glass user). Identity Center counts when its SAML
 * provider ({@code AWSSSO_..._DO_NOT_DELETE}) or a role it provisioned ({@code /aws-reserved/sso.amazonaws.com/})
 * is present, which is how it shows in member accounts. Console access comes from the credential report
 * (configuration items do not record login profiles).
 * <pre>
 * Scenario 1: Given a SAML provider, or an Identity Center role            Then the account is COMPLIANT, naming it
 * Scenario 2: Given no provider and no Identity Center role               Then the account is NON_COMPLIANT
 * Scenario 3: Given requireIdentityProvider=false and no provider         Then the account is COMPLIANT, saying it is not required
 * Scenario 4: Given a user with a console password                        Then NON_COMPLIANT, "has a console password"
 * Scenario 5: Given that user listed in allowedConsoleUsers               Then COMPLIANT as an allowed break-glass user
 * Scenario 6: Given a user without console password                       Then COMPLIANT
 * Scenario 7: Given a user missing from the credential report             Then NON_COMPLIANT: its console access cannot be shown off
 * Scenario 8: Given a console user and a valid / expired exception         Then COMPLIANT by exception / NON_COMPLIANT saying it expired
 * Scenario 9: Given allowedConsoleUsers with an invalid name               Then the invocation fails naming the parameter
 * </pre>
 */
public final class FederatedAccessRule implements Rule {
    static final String USER = "AWS::IAM::User";
    static final String ROLE = "AWS::IAM::Role";
    static final String ALLOWED_CONSOLE_USERS = "allowedConsoleUsers";
    static final String REQUIRE_IDENTITY_PROVIDER = "requireIdentityProvider";

    static final RuleSpec SPEC = RuleSpec.builder("federated-access", "IAM-1")
            .title("People sign in through federation, not IAM users")
            .baseline("Federate identities: use an identity provider or IAM Identity Center and avoid IAM users")
            .description("A SAML/OIDC identity provider or IAM Identity Center is in place, and no IAM user has a console "
                    + "password except allowed break-glass users.")
            .severity(Severity.HIGH)
            .periodic().global().cleanUpStale().timeoutSeconds(120)
            .readsItems(USER, ROLE)
            .reads(IamFacts.IDENTITY_PROVIDERS, IamFacts.CREDENTIAL_REPORT)
            .param(ParameterSpec.csv(ALLOWED_CONSOLE_USERS, null,
                    "IAM user names (wildcards * and ?) that may keep a console password, e.g. break-glass users")
                    .matching("[\\w+=,.@*?-]{1,64}", "IAM user names"))
            .param(ParameterSpec.bool(REQUIRE_IDENTITY_PROVIDER, true,
                    "Require a SAML or OIDC identity provider or IAM Identity Center in the account"))
            .remediation("Sign people in through IAM Identity Center (or a SAML/OIDC provider) and remove IAM users' console passwords: "
                    + "aws iam delete-login-profile --user-name NAME. Keep only break-glass users, listed in allowedConsoleUsers.")
            .cis("CIS v1.4.0 1.21")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<Evaluation> out = new ArrayList<>();
        out.add(account(in));
        List<ConfigurationItem> users = in.items(USER);
        if (users.isEmpty()) return out;
        CredentialReport report = in.fact(IamFacts.CREDENTIAL_REPORT);
        List<String> allowed = in.params().list(ALLOWED_CONSOLE_USERS);
        for (ConfigurationItem user : users) out.add(user(in, user, report, allowed));
        return out;
    }

    private static Evaluation account(RuleInput in) {
        IdentityProviders idp = in.fact(IamFacts.IDENTITY_PROVIDERS);
        List<String> sources = new ArrayList<>();
        long sso = in.items(ROLE).stream().filter(r -> IamIdentity.pathOf(r).startsWith(IamIdentity.IDENTITY_CENTER_PATH)).count();
        if (sso > 0 || !idp.identityCenterProviders().isEmpty()) {
            sources.add("IAM Identity Center (" + (sso > 0 ? sso + " provisioned role" + (sso == 1 ? "" : "s") : "its SAML provider") + ")");
        }
        int saml = idp.samlProviderArns().size() - idp.identityCenterProviders().size();
        if (saml > 0) sources.add(saml + " SAML provider" + (saml == 1 ? "" : "s"));
        if (!idp.oidcProviderArns().isEmpty()) sources.add(idp.oidcProviderArns().size() + " OIDC provider" + (idp.oidcProviderArns().size() == 1 ? "" : "s"));
        if (!sources.isEmpty()) return in.accountCompliant("Federation in place: " + String.join(", ", sources) + ".");
        if (!in.params().boolValue(REQUIRE_IDENTITY_PROVIDER)) {
            return in.accountCompliant("No SAML/OIDC provider or IAM Identity Center found; not required (requireIdentityProvider=false).");
        }
        return in.accountNonCompliant("No federation source: no SAML or OIDC identity provider and no IAM Identity Center role "
                + "(/aws-reserved/sso.amazonaws.com/); expected people to sign in through one instead of IAM users.");
    }

    private static String ago(long days) { return days == 0 ? "today" : days == 1 ? "yesterday" : days + " days ago"; }

    private static Evaluation user(RuleInput in, ConfigurationItem item, CredentialReport report, List<String> allowed) {
        String name = IamIdentity.nameOf(item);
        CredentialReportRow row = report.user(name).orElse(null);
        if (row == null) {
            return in.nonCompliant(item, "IAM user " + name + " is not in the credential report of " + report.generatedTime()
                    + " (created after it?), so its console access cannot be shown to be off; the next run re-checks.");
        }
        if (!row.hasPassword()) return in.compliant(item, "IAM user " + name + " has no console password.");
        boolean isAllowed = allowed.stream().anyMatch(p -> new WildcardPattern(p, true).matches(name));
        String used = row.passwordLastUsedAt() == null ? "never used" : "last used " + ago(Duration.between(row.passwordLastUsedAt(), in.now()).toDays());
        if (isAllowed) return in.compliant(item, "IAM user " + name + " is an allowed console user (allowedConsoleUsers); password " + used + ".");
        return in.nonCompliant(item, "IAM user " + name + " has a console password (" + used + "); expected people to sign in through "
                + "federation, IAM users only as allowedConsoleUsers.");
    }
}
