package org.msb.fact;

import java.util.List;

/** Facts read by the Identity \& Access Management (IAM) rules. */
public final class IamFacts {
    private IamFacts() {}

    /** Every fact of this holder. */
    public static List<Fact<?>> all() { return List.of(); }
}
