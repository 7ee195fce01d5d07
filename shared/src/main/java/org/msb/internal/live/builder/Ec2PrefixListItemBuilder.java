package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.ManagedPrefixList;
import software.amazon.awssdk.services.ec2.model.PrefixListEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EC2::PrefixList} items from DescribeManagedPrefixLists and GetManagedPrefixListEntries, for the
 * customer-managed lists only: AWS Config does not record AWS-managed ones (S3, DynamoDB, CloudFront origin-facing),
 * whose owner is "AWS". Shaped as the resource schema has it: PrefixListId, PrefixListName, AddressFamily, MaxEntries,
 * Version, OwnerId, Arn, Entries [{Cidr}].
 */
public final class Ec2PrefixListItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ec2:DescribeManagedPrefixLists, ec2:GetManagedPrefixListEntries"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        Ec2Client ec2 = ctx.clients().regional(Ec2Client.class, Ec2Client::builder);
        List<ManagedPrefixList> lists = AwsCall.read("EC2", "DescribeManagedPrefixLists", "ec2:DescribeManagedPrefixLists",
                () -> ec2.describeManagedPrefixListsPaginator(r -> r.maxResults(100)).prefixLists().stream()
                        .filter(p -> !"AWS".equals(p.ownerId())).toList());
        List<ConfigurationItem> out = new ArrayList<>(lists.size());
        for (ManagedPrefixList p : lists) {
            List<PrefixListEntry> entries = AwsCall.read("EC2", "GetManagedPrefixListEntries", "ec2:GetManagedPrefixListEntries",
                    () -> ec2.getManagedPrefixListEntriesPaginator(r -> r.prefixListId(p.prefixListId()).maxResults(100)).entries().stream().toList());
            out.add(item(ctx, p, entries));
        }
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, ManagedPrefixList p, List<PrefixListEntry> entries) {
        Map<String, String> tags = SecurityGroupItemBuilder.tags(p.tags());
        JsonArray e = new JsonArray();
        entries.forEach(x -> e.add(ItemDraft.object("Cidr", x.cidr())));  // the schema records no entry description
        JsonObject conf = ItemDraft.object(
                "PrefixListId", p.prefixListId(),
                "PrefixListName", p.prefixListName(),
                "AddressFamily", p.addressFamily(),
                "MaxEntries", p.maxEntries(),
                "Version", p.version() == null ? null : p.version().toString(),
                "OwnerId", p.ownerId(),
                "Arn", p.prefixListArn(),
                "Entries", e);
        return new ItemDraft(ctx, "AWS::EC2::PrefixList", p.prefixListId())
                .name(p.prefixListName())
                .arn(p.prefixListArn())
                .availabilityZone("Regional")
                .configuration(conf)
                .tags(tags)
                .build();
    }
}
