package org.msb.fact;

import java.util.List;

/**
 * The account's IAM identity providers ({@code iam:ListSAMLProviders}, {@code iam:ListOpenIDConnectProviders}).
 * IAM Identity Center creates a SAML provider named {@code AWSSSO_<id>_DO_NOT_DELETE} in every account it
 * provisions, so it shows here too.
 */
public record IdentityProviders(List<String> samlProviderArns, List<String> oidcProviderArns) {
    public IdentityProviders {
        samlProviderArns = samlProviderArns == null ? List.of() : List.copyOf(samlProviderArns);
        oidcProviderArns = oidcProviderArns == null ? List.of() : List.copyOf(oidcProviderArns);
    }

    public boolean isEmpty() { return samlProviderArns.isEmpty() && oidcProviderArns.isEmpty(); }

    /** The SAML providers IAM Identity Center created. */
    public List<String> identityCenterProviders() {
        return samlProviderArns.stream().filter(a -> a.contains(":saml-provider/AWSSSO_")).toList();
    }
}
