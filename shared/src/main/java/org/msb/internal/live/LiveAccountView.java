package org.msb.internal.live;

import org.msb.account.AccountView;
import org.msb.fact.Fact;
import org.msb.item.ConfigurationItem;

import java.util.List;

/**
 * The account as live AWS shows it, read-only, loading lazily and at most once per view: configuration
 * items from AWS Config where it records them, else built from the service's describe API in Config's
 * shape; facts through their loaders.
 */
public final class LiveAccountView implements AccountView {
    private final AwsClients clients;
    private final String accountId;

    public LiveAccountView(AwsClients clients, String accountId) {
        this.clients = clients;
        this.accountId = accountId;
    }

    @Override public String accountId() { return accountId; }

    @Override public String region() { return clients.region(); }

    @Override
    public List<ConfigurationItem> items(String resourceType) {
        throw new UnsupportedOperationException("TODO: live items");
    }

    @Override
    public <T> T fact(Fact<T> fact) {
        throw new UnsupportedOperationException("TODO: live facts");
    }
}
