package org.msb.fact.loader;

import org.msb.fact.IdentityProviders;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.OpenIDConnectProviderListEntry;
import software.amazon.awssdk.services.iam.model.SAMLProviderListEntry;

import java.util.List;

/** {@code iam.identityProviders}: iam:ListSAMLProviders and iam:ListOpenIDConnectProviders (neither is paged). */
public final class IdentityProvidersLoader implements FactLoader<IdentityProviders> {
    @Override
    public IdentityProviders load(AwsClients clients) {
        IamClient iam = clients.global(IamClient.class, IamClient::builder);
        List<String> saml = AwsCall.read("IAM", "ListSAMLProviders", "iam:ListSAMLProviders",
                () -> iam.listSAMLProviders().samlProviderList().stream().map(SAMLProviderListEntry::arn).toList());
        List<String> oidc = AwsCall.read("IAM", "ListOpenIDConnectProviders", "iam:ListOpenIDConnectProviders",
                () -> iam.listOpenIDConnectProviders().openIDConnectProviderList().stream().map(OpenIDConnectProviderListEntry::arn).toList());
        return new IdentityProviders(saml, oidc);
    }
}
