package org.msb.fact.loader;

import org.msb.fact.TrustedAdvisorCheck;
import org.msb.fact.TrustedAdvisorChecks;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.support.SupportClient;
import software.amazon.awssdk.services.support.model.TrustedAdvisorCheckDescription;
import software.amazon.awssdk.services.support.model.TrustedAdvisorCheckSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code support.trustedAdvisorSecurityChecks}: DescribeTrustedAdvisorChecks (English), keeping the
 * "security" category, then DescribeTrustedAdvisorCheckSummaries for those checks. The Trusted Advisor
 * operations are served only by the Support endpoint of the partition's first region (us-east-1 for aws).
 * An account without a Business or higher support plan answers SubscriptionRequiredException: the value
 * available=false with AWS's message, not an error.
 */
public final class TrustedAdvisorChecksLoader implements FactLoader<TrustedAdvisorChecks> {
    static final String NO_PLAN = "SubscriptionRequiredException";
    static final String SECURITY = "security";

    @Override
    public TrustedAdvisorChecks load(AwsClients clients) {
        SupportClient support = clients.client(SupportClient.class, SupportClient::builder, supportRegion(clients.region()), b -> {});
        String[] noPlan = new String[1];
        List<TrustedAdvisorCheckDescription> all = AwsCall.read("Support", "DescribeTrustedAdvisorChecks",
                "support:DescribeTrustedAdvisorChecks", () -> {
                    try {
                        return support.describeTrustedAdvisorChecks(r -> r.language("en")).checks();
                    } catch (AwsServiceException e) {
                        if (e.awsErrorDetails() == null || !NO_PLAN.equals(e.awsErrorDetails().errorCode())) throw e;
                        noPlan[0] = NO_PLAN + ": " + e.awsErrorDetails().errorMessage();
                        return null;
                    }
                });
        if (all == null) return new TrustedAdvisorChecks(false, noPlan[0], List.of());
        List<TrustedAdvisorCheckDescription> security = all.stream().filter(c -> SECURITY.equalsIgnoreCase(c.category())).toList();
        if (security.isEmpty()) return new TrustedAdvisorChecks(true, null, List.of());
        List<String> ids = security.stream().map(TrustedAdvisorCheckDescription::id).toList();
        Map<String, TrustedAdvisorCheckSummary> summaries = AwsCall.read("Support", "DescribeTrustedAdvisorCheckSummaries",
                "support:DescribeTrustedAdvisorCheckSummaries",
                () -> support.describeTrustedAdvisorCheckSummaries(r -> r.checkIds(ids)).summaries())
                .stream().collect(Collectors.toMap(TrustedAdvisorCheckSummary::checkId, Function.identity(), (a, b) -> a));
        List<TrustedAdvisorCheck> out = new ArrayList<>();
        for (TrustedAdvisorCheckDescription c : security) {
            TrustedAdvisorCheckSummary s = summaries.get(c.id());
            long flagged = s == null || s.resourcesSummary() == null || s.resourcesSummary().resourcesFlagged() == null
                    ? 0 : s.resourcesSummary().resourcesFlagged();
            out.add(new TrustedAdvisorCheck(c.id(), c.name(), c.category(), s == null ? "not_available" : s.status(), flagged,
                    s == null ? null : s.timestamp()));
        }
        return new TrustedAdvisorChecks(true, null, out);
    }

    /** The Support API's Trusted Advisor endpoint: us-east-1 in the aws partition, the first region of the others. */
    static Region supportRegion(String region) {
        if (region.startsWith("cn-")) return Region.CN_NORTH_1;
        if (region.startsWith("us-gov-")) return Region.US_GOV_WEST_1;
        return Region.US_EAST_1;
    }
}
