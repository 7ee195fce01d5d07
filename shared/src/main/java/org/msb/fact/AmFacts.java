package org.msb.fact;

import java.util.List;

/** Facts read by the Asset Management (AM) rules. */
public final class AmFacts {
    private AmFacts() {}

    /** Every fact of this holder. */
    public static List<Fact<?>> all() { return List.of(); }
}
