package org.msb.model.iam;

import org.msb.model.policy.PolicyDocument;

import java.util.Objects;

/** A policy embedded in a user, group or role ({@code userPolicyList[]}, {@code groupPolicyList[]}, {@code rolePolicyList[]}). */
public record InlinePolicy(String policyName, PolicyDocument document) {
    public InlinePolicy {
        Objects.requireNonNull(policyName, "policyName");
        Objects.requireNonNull(document, "document");
    }
}
