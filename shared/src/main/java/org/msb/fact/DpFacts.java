package org.msb.fact;

import java.util.List;

/** Facts read by the Data Protection (DP) rules. */
public final class DpFacts {
    private DpFacts() {}

    /** Every fact of this holder. */
    public static List<Fact<?>> all() { return List.of(); }
}
