package org.msb.internal.live.builder;

import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.internal.live.S3ControlClients;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.s3control.S3ControlClient;
import software.amazon.awssdk.services.s3control.model.PublicAccessBlockConfiguration;

import java.util.List;
import java.util.Set;

/**
 * The {@code AWS::S3::AccountPublicAccessBlock} item from S3 Control GetPublicAccessBlock, shaped as
 * Config records it (aws-config-rdk AWS_S3_AccountPublicAccessBlock.json): resource id = account id,
 * configuration {blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets}. An account
 * with no account-level block has no item, as in Config; rules that must see "not set" read a fact.
 */
public final class AccountPublicAccessBlockItemBuilder implements ItemBuilder {

    @Override public String describe() { return "s3:GetAccountPublicAccessBlock"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        S3ControlClient s3control = S3ControlClients.of(ctx.clients());
        PublicAccessBlockConfiguration c = AwsCall.readOptional("S3 Control", "GetPublicAccessBlock", "s3:GetAccountPublicAccessBlock",
                Set.of("NoSuchPublicAccessBlockConfiguration"),
                () -> s3control.getPublicAccessBlock(r -> r.accountId(ctx.accountId())).publicAccessBlockConfiguration());
        if (c == null) return List.of();
        return List.of(new ItemDraft(ctx, "AWS::S3::AccountPublicAccessBlock", ctx.accountId())
                .availabilityZone("Not Applicable")
                .configuration(ItemDraft.object("blockPublicAcls", c.blockPublicAcls(), "ignorePublicAcls", c.ignorePublicAcls(),
                        "blockPublicPolicy", c.blockPublicPolicy(), "restrictPublicBuckets", c.restrictPublicBuckets()))
                .build());
    }
}
