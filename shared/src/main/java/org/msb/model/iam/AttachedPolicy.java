package org.msb.model.iam;

import java.util.Objects;

/** A managed policy attached to a user, group or role ({@code attachedManagedPolicies[]}). */
public record AttachedPolicy(String policyName, String policyArn) {
    public AttachedPolicy {
        Objects.requireNonNull(policyArn, "policyArn");
    }

    /** An AWS managed policy ({@code arn:aws:iam::aws:policy/...}, any partition). */
    public boolean isAwsManaged() { return policyArn.contains(":iam::aws:policy/"); }

    /**
     * True when this is the policy named by {@code arn}, compared without the partition, so a parameter
     * written {@code arn:aws:iam::aws:policy/AdministratorAccess} also matches in aws-cn or aws-us-gov.
     */
    public boolean is(String arn) { return withoutPartition(policyArn).equals(withoutPartition(arn)); }

    static String withoutPartition(String arn) {
        if (!arn.startsWith("arn:")) return arn;
        int second = arn.indexOf(':', 4);
        return second < 0 ? arn : "arn:*" + arn.substring(second);
    }
}
