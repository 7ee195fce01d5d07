package org.msb.fact.loader;

import org.msb.fact.AccountSummary;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.iam.IamClient;

/** {@code iam.accountSummary}: iam:GetAccountSummary's SummaryMap as AWS spells its keys. */
public final class AccountSummaryLoader implements FactLoader<AccountSummary> {
    @Override
    public AccountSummary load(AwsClients clients) {
        IamClient iam = clients.global(IamClient.class, IamClient::builder);
        return new AccountSummary(AwsCall.read("IAM", "GetAccountSummary", "iam:GetAccountSummary",
                () -> iam.getAccountSummary().summaryMapAsStrings()));
    }
}
