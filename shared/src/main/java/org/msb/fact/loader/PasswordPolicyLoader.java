package org.msb.fact.loader;

import org.msb.fact.PasswordPolicy;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;

/**
 * {@code iam.passwordPolicy}: iam:GetAccountPasswordPolicy. An account without a policy answers
 * NoSuchEntity, which is the value {@link PasswordPolicy#none()}; every other error propagates.
 * (Interim version so rule modules can link their declared loader; the live work replaces it.)
 */
public final class PasswordPolicyLoader implements FactLoader<PasswordPolicy> {

    @Override
    public PasswordPolicy load(AwsClients clients) {
        IamClient iam = clients.global(IamClient.class, IamClient::builder);
        try {
            var p = iam.getAccountPasswordPolicy().passwordPolicy();
            return new PasswordPolicy(true, p.minimumPasswordLength(), p.requireUppercaseCharacters(), p.requireLowercaseCharacters(),
                    p.requireNumbers(), p.requireSymbols(), p.maxPasswordAge(), p.passwordReusePrevention(),
                    p.allowUsersToChangePassword(), p.hardExpiry());
        } catch (NoSuchEntityException e) {
            return PasswordPolicy.none();
        }
    }
}
