package org.msb.fact.loader;

import org.msb.fact.ShieldProtections;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.shield.ShieldClient;
import software.amazon.awssdk.services.shield.model.DescribeSubscriptionResponse;
import software.amazon.awssdk.services.shield.model.Protection;

import java.util.List;
import java.util.Set;

/**
 * {@code shield.protections}: shield:DescribeSubscription (ResourceNotFoundException = no Shield Advanced
 * subscription) and shield:ListProtections. Shield Advanced's API is served from us-east-1 for every region.
 */
public final class ShieldProtectionsLoader implements FactLoader<ShieldProtections> {

    @Override
    public ShieldProtections load(AwsClients clients) {
        ShieldClient shield = clients.client(ShieldClient.class, ShieldClient::builder, Region.US_EAST_1, b -> {});
        DescribeSubscriptionResponse sub = AwsCall.readOptional("Shield", "DescribeSubscription", "shield:DescribeSubscription",
                Set.of("ResourceNotFoundException"), shield::describeSubscription);
        if (sub == null || sub.subscription() == null) return new ShieldProtections(false, List.of());
        List<String> arns = AwsCall.read("Shield", "ListProtections", "shield:ListProtections",
                () -> shield.listProtectionsPaginator(b -> b.maxResults(100)).protections().stream().map(Protection::resourceArn).toList());
        return new ShieldProtections(true, arns);
    }
}
