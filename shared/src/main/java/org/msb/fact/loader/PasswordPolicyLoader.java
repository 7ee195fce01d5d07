package org.msb.fact.loader;

import org.msb.fact.PasswordPolicy;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GetAccountPasswordPolicyResponse;

import java.util.Set;

/**
 * {@code iam.passwordPolicy}: iam:GetAccountPasswordPolicy. An account without a policy answers
 * NoSuchEntity, which is the value {@link PasswordPolicy#none()}, not an error.
 */
public final class PasswordPolicyLoader implements FactLoader<PasswordPolicy> {

    @Override
    public PasswordPolicy load(AwsClients clients) {
        IamClient iam = clients.global(IamClient.class, IamClient::builder);
        GetAccountPasswordPolicyResponse r = AwsCall.readOptional("IAM", "GetAccountPasswordPolicy", "iam:GetAccountPasswordPolicy",
                Set.of("NoSuchEntity"), iam::getAccountPasswordPolicy);
        if (r == null) return PasswordPolicy.none();
        var p = r.passwordPolicy();
        return new PasswordPolicy(true, p.minimumPasswordLength(), p.requireUppercaseCharacters(), p.requireLowercaseCharacters(),
                p.requireNumbers(), p.requireSymbols(), p.maxPasswordAge(), p.passwordReusePrevention(),
                p.allowUsersToChangePassword(), p.hardExpiry());
    }
}
