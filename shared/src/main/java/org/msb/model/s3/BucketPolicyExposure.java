package org.msb.model.s3;

import org.msb.model.policy.Condition;
import org.msb.model.policy.PolicyDocument;
import org.msb.model.policy.Principal;
import org.msb.model.policy.PrincipalType;
import org.msb.model.policy.Statement;

import java.util.ArrayList;
import java.util.List;

/** The statements of a bucket policy that open the bucket to everyone, after restricting conditions and Denies. */
final class BucketPolicyExposure {
    private BucketPolicyExposure() {}

    static List<PublicGrant> publicGrants(PolicyDocument policy) {
        List<PublicGrant> out = new ArrayList<>();
        for (Statement s : policy.allowStatements()) {
            if (!admitsAnyone(s)) continue;
            if (s.conditions().stream().anyMatch(FixedValueConditions::restrictsAllow)) continue;
            if (policy.denyStatements().stream().anyMatch(d -> takesBack(d, s))) continue;
            out.add(new PublicGrant(PublicGrant.Source.POLICY, "policy statement " + s.label() + " allows "
                    + actions(s) + " to " + (s.notPrincipal() ? "everyone but the NotPrincipal list" : "everyone")
                    + (s.isConditional() ? " (its conditions do not restrict who)" : "")));
        }
        return out;
    }

    /** Everyone, or a principal that is not a fixed value ({@code arn:aws:iam::*:root}), or NotPrincipal. */
    static boolean admitsAnyone(Statement s) {
        if (!s.hasPrincipal()) return false;
        if (s.notPrincipal()) return true;
        return s.principals().stream().anyMatch(p -> p.isEveryone() || (p.type() != PrincipalType.SERVICE && p.value().contains("*")));
    }

    /** A Deny for everyone that covers the Allow's actions and refuses whoever does not match fixed values (or everyone). */
    private static boolean takesBack(Statement deny, Statement allow) {
        if (!deny.hasPrincipal() || deny.notPrincipal() || deny.principals().stream().noneMatch(Principal::isEveryone)) return false;
        if (allow.notAction() && !deny.coversAction("*")) return false;
        for (String a : allow.notAction() ? List.of("*") : allow.actions()) if (!deny.coversAction(a)) return false;
        for (String r : allow.resources()) if (!deny.coversResource(r)) return false;
        for (Condition c : deny.conditions()) if (!FixedValueConditions.restrictsDeny(c)) return false;
        return true;
    }

    private static String actions(Statement s) {
        String list = String.join(", ", s.actions().subList(0, Math.min(3, s.actions().size())))
                + (s.actions().size() > 3 ? " and " + (s.actions().size() - 3) + " more" : "");
        return s.notAction() ? "every action but " + list : list;
    }
}
