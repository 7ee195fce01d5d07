package org.msb.internal.lambda;

import org.msb.account.AccountView;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.LiveAccountView;

/** Makes the account view a rule reads; live in Lambda, a static world in tests. */
@FunctionalInterface
public interface AccountViewFactory {
    AccountViewFactory LIVE = LiveAccountView::new;

    AccountView create(AwsClients clients, String accountId);
}
