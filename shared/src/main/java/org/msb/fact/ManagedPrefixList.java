package org.msb.fact;

/**
 * An AWS-managed prefix list found by name in the region ({@code ec2:DescribeManagedPrefixLists} filtered on
 * {@code prefix-list-name}), e.g. CloudFront's origin-facing list {@code com.amazonaws.global.cloudfront.origin-facing},
 * whose id differs per region. {@code found} is false when the region has none.
 */
public record ManagedPrefixList(boolean found, String prefixListId, String name) {
    public static ManagedPrefixList none(String name) { return new ManagedPrefixList(false, null, name); }
}
