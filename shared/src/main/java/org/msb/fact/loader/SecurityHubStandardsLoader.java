package org.msb.fact.loader;

import org.msb.fact.SecurityHubStandards;
import org.msb.fact.SecurityHubStandardsSubscription;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.StandardsSubscription;

import java.util.List;

/**
 * {@code securityhub.enabledStandards}: GetEnabledStandards (paginated). InvalidAccessException means Security
 * Hub is not enabled in this region: the value hubEnabled=false, not an error.
 */
public final class SecurityHubStandardsLoader implements FactLoader<SecurityHubStandards> {

    @Override
    public SecurityHubStandards load(AwsClients clients) {
        SecurityHubClient hub = clients.regional(SecurityHubClient.class, SecurityHubClient::builder);
        String[] notEnabled = new String[1];
        List<StandardsSubscription> subscriptions = AwsCall.read("Security Hub", "GetEnabledStandards", "securityhub:GetEnabledStandards", () -> {
            try {
                return hub.getEnabledStandardsPaginator(r -> {}).standardsSubscriptions().stream().toList();
            } catch (AwsServiceException e) {
                if (!SecurityHubStatusLoader.isNotEnabled(e)) throw e;
                notEnabled[0] = SecurityHubStatusLoader.message(e);
                return null;
            }
        });
        if (subscriptions == null) return new SecurityHubStandards(false, notEnabled[0], List.of());
        return new SecurityHubStandards(true, null, subscriptions.stream().map(s -> new SecurityHubStandardsSubscription(
                s.standardsArn(), s.standardsSubscriptionArn(), s.standardsStatusAsString(),
                s.standardsStatusReason() == null ? null : s.standardsStatusReason().statusReasonCodeAsString())).toList());
    }
}
