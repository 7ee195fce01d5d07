package org.msb.model.s3;

import org.msb.item.ConfigurationItem;
import org.msb.model.policy.PolicyDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a bucket is public and why: {@code grants} open it to everyone and are in force; {@code neutralised}
 * would, but Block Public Access (of the bucket or the account) overrides them. Built from the bucket's
 * configuration item (BucketPolicy.policyText, AccessControlList, PublicAccessBlockConfiguration) and the
 * account's AWS::S3::AccountPublicAccessBlock item, if any.
 */
public record S3PublicAccess(List<PublicGrant> grants, List<PublicGrant> neutralised, BlockPublicAccess blockPublicAccess) {
    public S3PublicAccess {
        grants = List.copyOf(grants);
        neutralised = List.copyOf(neutralised);
    }

    /**
     * @param accountBlock the account's AWS::S3::AccountPublicAccessBlock item, or null when the account has none
     * @throws org.msb.model.policy.InvalidPolicyException when the bucket policy is not a valid policy
     */
    public static S3PublicAccess of(ConfigurationItem bucket, ConfigurationItem accountBlock) {
        BlockPublicAccess bpa = BlockPublicAccess.of(bucket.supplementary("PublicAccessBlockConfiguration"))
                .and(accountBlock == null ? BlockPublicAccess.NONE : BlockPublicAccess.of(accountBlock.configuration()));
        List<PublicGrant> open = new ArrayList<>();
        List<PublicGrant> blocked = new ArrayList<>();
        var policy = policy(bucket);
        if (policy != null) (bpa.restrictPublicBuckets() ? blocked : open).addAll(BucketPolicyExposure.publicGrants(policy));
        (bpa.ignorePublicAcls() ? blocked : open).addAll(BucketAclExposure.publicGrants(bucket.supplementary("AccessControlList")));
        return new S3PublicAccess(open, blocked, bpa);
    }

    /** The bucket policy, or null when the bucket has none. */
    public static PolicyDocument policy(ConfigurationItem bucket) {
        var text = bucket.supplementary("BucketPolicy").get("policyText");
        if (text.isMissing() || (text.text() != null && text.text().isBlank())) return null;
        return PolicyDocument.parse(text, "bucket " + bucket.resourceId() + " policy");
    }

    public boolean isPublic() { return !grants.isEmpty(); }

    /** The grants in force, as one phrase. */
    public String describe() { return join(grants); }

    /** What Block Public Access overrides, as one phrase ("" when nothing). */
    public String describeNeutralised() { return join(neutralised); }

    private static String join(List<PublicGrant> list) {
        return String.join("; ", list.stream().map(PublicGrant::description).toList());
    }
}
