package org.msb.model.roles;

import org.msb.model.policy.Condition;
import org.msb.model.policy.PolicyDocument;
import org.msb.model.policy.Principal;
import org.msb.model.policy.PrincipalGrant;
import org.msb.model.policy.PrincipalType;
import org.msb.model.policy.Statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a role's trust policy lets assume the role (any {@code sts:AssumeRole*} action), judged against one
 * trusted account: every allowing principal must be that account (its root, {@code 111122223333}, or a role in
 * it) or, where allowed, a SAML identity provider of the role's own account (the organisation's IdP, IAM
 * Identity Center). Everyone ({@code *}, {@code {"AWS": "*"}}, {@code NotPrincipal}), another account, a user,
 * a service or a web-identity provider is named as a problem, conditional or not.
 * <p>
 * MFA is required for a grant when its statement has a {@code Bool} or {@code BoolIfExists} condition on
 * {@code aws:MultiFactorAuthPresent} = true, or a {@code NumericLessThan(Equals)} on {@code aws:MultiFactorAuthAge}
 * (absent without MFA), or when a Deny refuses the assumption on {@code BoolIfExists aws:MultiFactorAuthPresent = false}.
 *
 * @param trustedBy each allowing principal, e.g. "arn:aws:iam::999988887777:role/SecurityResponder"
 * @param problems what breaks "trusted only by the security account", e.g. "everyone (*)", "account 444455556666"
 * @param withoutMfa the account principals that may assume the role without MFA
 */
public record RoleTrust(List<String> trustedBy, List<String> problems, List<String> withoutMfa) {
    static final String ASSUME = "sts:AssumeRole*";
    private static final Pattern SAML_PROVIDER = Pattern.compile("arn:[a-z0-9-]+:iam::(\\d{12}):saml-provider/.+");
    private static final Pattern ROLE = Pattern.compile("arn:[a-z0-9-]+:iam::\\d{12}:role/.+");

    public RoleTrust {
        trustedBy = List.copyOf(trustedBy);
        problems = List.copyOf(problems);
        withoutMfa = List.copyOf(withoutMfa);
    }

    /**
     * @param roleAccount the account the role is in (its SAML providers are the organisation's IdP)
     * @param securityAccountId the one account that may assume it; null when not configured (then no account passes)
     */
    public static RoleTrust of(PolicyDocument trust, String roleAccount, String securityAccountId, boolean identityProviderAllowed) {
        Set<String> trustedBy = new LinkedHashSet<>(), problems = new LinkedHashSet<>(), withoutMfa = new LinkedHashSet<>();
        boolean mfaDeny = trust.denyStatements().stream().anyMatch(RoleTrust::deniesWithoutMfa);
        for (PrincipalGrant g : trust.principalGrants(ASSUME, "*")) {
            Principal p = g.principal();
            trustedBy.add(p.isEveryone() ? "*" : p.value());
            String problem = problem(p, roleAccount, securityAccountId, identityProviderAllowed);
            if (problem != null) problems.add(problem);
            if (p.type() == PrincipalType.AWS && !p.isEveryone() && !mfaDeny && !requiresMfa(g.statement())) withoutMfa.add(p.value());
        }
        if (trustedBy.isEmpty()) problems.add("its trust policy lets no one assume it");
        return new RoleTrust(new ArrayList<>(trustedBy), new ArrayList<>(problems), new ArrayList<>(withoutMfa));
    }

    /** True when every allowing principal is the security account (or an allowed identity provider). */
    public boolean onlyTrusted() { return problems.isEmpty(); }

    /** True when no account principal may assume the role without MFA. */
    public boolean mfaRequired() { return withoutMfa.isEmpty(); }

    private static String problem(Principal p, String roleAccount, String securityAccountId, boolean idpAllowed) {
        if (p.isEveryone()) return "everyone (*)";
        switch (p.type()) {
            case AWS -> {
                String account = p.accountId();
                if (account == null) return "unrecognised principal " + p.value();
                if (securityAccountId == null) return "account " + account + " (securityAccountId is not set to confirm it)";
                if (!account.equals(securityAccountId)) return "account " + account;
                if (!p.isAccountRoot() && !ROLE.matcher(p.value()).matches()) return "non-role principal " + p.value();
                return null;
            }
            case FEDERATED -> {
                var m = SAML_PROVIDER.matcher(p.value());
                if (idpAllowed && m.matches() && m.group(1).equals(roleAccount)) return null;
                return "federated principal " + p.value() + (idpAllowed ? "" : " (only the security account may assume it)");
            }
            case SERVICE -> { return "service " + p.value(); }
            default -> { return p.type().key() + " principal " + p.value(); }
        }
    }

    private static boolean requiresMfa(Statement s) {
        for (Condition c : s.conditionsOn("aws:MultiFactorAuthPresent")) {
            if (c.baseOperator().equals("Bool") && !c.operator().startsWith("ForAnyValue") && c.valuesLowerCase().equals(List.of("true"))) return true;
        }
        for (Condition c : s.conditionsOn("aws:MultiFactorAuthAge")) {
            if (!c.ifExists() && c.baseOperator().startsWith("NumericLessThan")) return true;
        }
        return false;
    }

    /** A Deny of the assumption, for every principal, whenever MFA is absent (BoolIfExists ... false). */
    private static boolean deniesWithoutMfa(Statement s) {
        if (!s.overlapsAction(ASSUME) || (s.hasPrincipal() && !s.admitsEveryone())) return false;
        return s.conditions().size() == 1 && s.conditionsOn("aws:MultiFactorAuthPresent").stream()
                .anyMatch(c -> c.operator().equals("BoolIfExists") && c.valuesLowerCase().equals(List.of("false")));
    }
}
