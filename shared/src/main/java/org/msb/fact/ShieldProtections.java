package org.msb.fact;

import java.util.List;

/**
 * AWS Shield Advanced for the account: whether a subscription exists ({@code shield:DescribeSubscription};
 * ResourceNotFoundException = none) and the ARNs of the protected resources ({@code shield:ListProtections}).
 */
public record ShieldProtections(boolean subscribed, List<String> protectedResourceArns) {
    public ShieldProtections { protectedResourceArns = protectedResourceArns == null ? List.of() : List.copyOf(protectedResourceArns); }

    public boolean protects(String resourceArn) { return protectedResourceArns.contains(resourceArn); }
}
