package org.msb.fact;

import java.util.List;

/** Facts read by the Infrastructure Security (INF) rules. */
public final class InfFacts {
    private InfFacts() {}

    /** Every fact of this holder. */
    public static List<Fact<?>> all() { return List.of(); }
}
