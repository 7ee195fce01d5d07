package org.msb.fact.loader;

import org.msb.error.FactUnavailableException;
import org.msb.fact.InspectorStatus;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.CallerIdentity;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.inspector2.Inspector2Client;
import software.amazon.awssdk.services.inspector2.model.AccountState;
import software.amazon.awssdk.services.inspector2.model.BatchGetAccountStatusResponse;
import software.amazon.awssdk.services.inspector2.model.FailedAccount;
import software.amazon.awssdk.services.inspector2.model.ResourceState;
import software.amazon.awssdk.services.inspector2.model.State;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code inspector2.accountStatus}: inspector2:BatchGetAccountStatus for the caller's own account. An account
 * Inspector reports nothing for has never enabled it: every scan type is {@link InspectorStatus#NOT_REPORTED}.
 * A {@code failedAccounts} entry for the account is an error naming Inspector's code, never a status.
 */
public final class InspectorStatusLoader implements FactLoader<InspectorStatus> {

    @Override
    public InspectorStatus load(AwsClients clients) {
        String account = CallerIdentity.accountId(clients);
        Inspector2Client inspector = clients.regional(Inspector2Client.class, Inspector2Client::builder);
        BatchGetAccountStatusResponse r = AwsCall.read("Inspector", "BatchGetAccountStatus", "inspector2:BatchGetAccountStatus",
                () -> inspector.batchGetAccountStatus(b -> b.accountIds(account)));
        for (FailedAccount f : r.failedAccounts()) {
            if (account.equals(f.accountId())) {
                throw new FactUnavailableException("inspector2.accountStatus", "Inspector could not report account " + account
                        + ": " + f.errorCodeAsString() + " (" + f.errorMessage() + ")");
            }
        }
        for (AccountState a : r.accounts()) {
            if (!account.equals(a.accountId())) continue;
            Map<String, String> types = new LinkedHashMap<>();
            ResourceState s = a.resourceState();
            if (s != null) {
                put(types, "EC2", s.ec2());
                put(types, "ECR", s.ecr());
                put(types, "LAMBDA", s.lambda());
                put(types, "LAMBDA_CODE", s.lambdaCode());
            }
            return new InspectorStatus(account, a.state() == null ? null : a.state().statusAsString(), types);
        }
        return new InspectorStatus(account, InspectorStatus.NOT_REPORTED, Map.of());
    }

    private static void put(Map<String, String> m, String type, State s) {
        if (s != null && s.statusAsString() != null) m.put(type, s.statusAsString());
    }
}
