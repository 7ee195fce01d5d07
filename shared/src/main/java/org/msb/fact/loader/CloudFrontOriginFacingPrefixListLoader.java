package org.msb.fact.loader;

import org.msb.fact.ManagedPrefixList;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Filter;

import java.util.List;

/**
 * {@code ec2.cloudFrontOriginFacingPrefixList}: CloudFront's origin-facing prefix list, found by its name
 * {@value #NAME} with ec2:DescribeManagedPrefixLists; its id differs per region, so it is never hard-coded.
 */
public final class CloudFrontOriginFacingPrefixListLoader implements FactLoader<ManagedPrefixList> {
    public static final String NAME = "com.amazonaws.global.cloudfront.origin-facing";

    @Override
    public ManagedPrefixList load(AwsClients clients) {
        Ec2Client ec2 = clients.regional(Ec2Client.class, Ec2Client::builder);
        List<software.amazon.awssdk.services.ec2.model.ManagedPrefixList> found = AwsCall.read("EC2", "DescribeManagedPrefixLists", "ec2:DescribeManagedPrefixLists",
                () -> ec2.describeManagedPrefixListsPaginator(b -> b.filters(Filter.builder().name("prefix-list-name").values(NAME).build()))
                        .prefixLists().stream().filter(p -> NAME.equals(p.prefixListName())).toList());
        if (found.isEmpty()) return ManagedPrefixList.none(NAME);
        return new ManagedPrefixList(true, found.get(0).prefixListId(), NAME);
    }
}
