package org.msb.internal.lambda.lean;

/**
 * The partition and DNS suffix of a region. A small explicit table instead of the SDK's partition metadata
 * ({@code software.amazon.awssdk.regions}), whose generated region and endpoint classes cost a cold start more
 * than the call they serve; the partitions change rarely (source: the SDK's partitions.json).
 */
public final class Partitions {
    private Partitions() {}

    /** A partition: its id as ARNs carry it and the DNS suffix of its regional endpoints. */
    public record Partition(String id, String dnsSuffix) {}

    private static final Partition AWS = new Partition("aws", "amazonaws.com");

    public static Partition of(String region) {
        if (region == null) return AWS;
        if (region.startsWith("cn-")) return new Partition("aws-cn", "amazonaws.com.cn");
        if (region.startsWith("us-gov-")) return new Partition("aws-us-gov", "amazonaws.com");
        if (region.startsWith("us-isob-")) return new Partition("aws-iso-b", "sc2s.sgov.gov");
        if (region.startsWith("us-isof-")) return new Partition("aws-iso-f", "csp.hci.ic.gov");
        if (region.startsWith("us-iso-")) return new Partition("aws-iso", "c2s.ic.gov");
        if (region.startsWith("eu-isoe-")) return new Partition("aws-iso-e", "cloud.adc-e.uk");
        if (region.startsWith("eusc-")) return new Partition("aws-eusc", "amazonaws.eu");
        return AWS;
    }
}
