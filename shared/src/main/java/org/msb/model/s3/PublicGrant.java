package org.msb.model.s3;

/**
 * One way a bucket is open to everyone, said as an annotation says it: "policy statement PublicRead allows
 * s3:GetObject to everyone" or "ACL grants Read to AllUsers".
 */
public record PublicGrant(Source source, String description) {
    public enum Source { POLICY, ACL }

    @Override public String toString() { return description; }
}
