package org.msb.internal.live.builder;

import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;

import java.util.List;

/**
 * Test double found by convention for the made-up type {@code AWS::MissingModule::Thing}: stands for a builder whose
 * SDK module the jar lacks (creating it works; running it does not link).
 */
public final class MissingModuleThingItemBuilder implements ItemBuilder {
    @Override public String describe() { return "ec2:DescribeThings"; }

    @Override public List<ConfigurationItem> build(BuildContext context) {
        throw new NoClassDefFoundError("software/amazon/awssdk/services/ec2/Ec2Client");
    }
}
