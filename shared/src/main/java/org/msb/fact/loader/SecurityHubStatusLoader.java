package org.msb.fact.loader;

import org.msb.fact.SecurityHubStatus;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.DescribeHubResponse;
import software.amazon.awssdk.services.securityhub.model.Invitation;

/**
 * {@code securityhub.status}: DescribeHub, and GetAdministratorAccount when the hub is enabled. Security Hub
 * answers InvalidAccessException ("not subscribed to AWS Security Hub") when it is not enabled: that is the
 * value enabled=false, with AWS's message; AccessDenied stays an error.
 */
public final class SecurityHubStatusLoader implements FactLoader<SecurityHubStatus> {
    static final String NOT_ENABLED = "InvalidAccessException";

    @Override
    public SecurityHubStatus load(AwsClients clients) {
        SecurityHubClient hub = clients.regional(SecurityHubClient.class, SecurityHubClient::builder);
        String[] notEnabled = new String[1];
        DescribeHubResponse d = AwsCall.read("Security Hub", "DescribeHub", "securityhub:DescribeHub", () -> {
            try {
                return hub.describeHub(r -> {});
            } catch (AwsServiceException e) {
                if (!isNotEnabled(e)) throw e;
                notEnabled[0] = message(e);
                return null;
            }
        });
        if (d == null) return new SecurityHubStatus(false, notEnabled[0], null, null, null, null);
        Invitation admin = AwsCall.read("Security Hub", "GetAdministratorAccount", "securityhub:GetAdministratorAccount",
                () -> hub.getAdministratorAccount(r -> {}).administrator());
        return new SecurityHubStatus(true, null, d.hubArn(), d.subscribedAt(),
                admin == null ? null : admin.accountId(), admin == null ? null : admin.memberStatus());
    }

    static boolean isNotEnabled(AwsServiceException e) {
        return e.awsErrorDetails() != null && NOT_ENABLED.equals(e.awsErrorDetails().errorCode());
    }

    /**
     * AWS's message, or a stand-in: Security Hub sends this error as HTTP 401, whose body the url-connection
     * client does not hand to the SDK, so the message is often lost.
     */
    static String message(AwsServiceException e) {
        String m = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        return NOT_ENABLED + ": " + (m == null || m.isBlank() ? "the account is not subscribed to Security Hub in this region" : m);
    }
}
