package org.msb.model.s3;

import org.msb.item.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * S3 Block Public Access settings: a bucket's (supplementaryConfiguration.PublicAccessBlockConfiguration), the
 * account's (the AWS::S3::AccountPublicAccessBlock item), or both combined as S3 applies them (the most
 * restrictive of the two).
 */
public record BlockPublicAccess(boolean blockPublicAcls, boolean ignorePublicAcls, boolean blockPublicPolicy,
                                boolean restrictPublicBuckets) {

    public static final BlockPublicAccess NONE = new BlockPublicAccess(false, false, false, false);

    /** From a node holding the four settings; {@link #NONE} when it is missing. */
    public static BlockPublicAccess of(Node n) {
        if (n == null || n.isMissing()) return NONE;
        return new BlockPublicAccess(n.get("blockPublicAcls").isTrue(), n.get("ignorePublicAcls").isTrue(),
                n.get("blockPublicPolicy").isTrue(), n.get("restrictPublicBuckets").isTrue());
    }

    /** The settings S3 enforces when both apply. */
    public BlockPublicAccess and(BlockPublicAccess other) {
        return new BlockPublicAccess(blockPublicAcls || other.blockPublicAcls, ignorePublicAcls || other.ignorePublicAcls,
                blockPublicPolicy || other.blockPublicPolicy, restrictPublicBuckets || other.restrictPublicBuckets);
    }

    public boolean allOn() { return blockPublicAcls && ignorePublicAcls && blockPublicPolicy && restrictPublicBuckets; }

    /** The settings that are on, by their Config names. */
    public List<String> on() {
        List<String> out = new ArrayList<>();
        if (blockPublicAcls) out.add("blockPublicAcls");
        if (ignorePublicAcls) out.add("ignorePublicAcls");
        if (blockPublicPolicy) out.add("blockPublicPolicy");
        if (restrictPublicBuckets) out.add("restrictPublicBuckets");
        return out;
    }
}
