package org.msb.fact;

import java.util.List;

/** Facts read by the Detective Controls (DET) rules. */
public final class DetFacts {
    private DetFacts() {}

    /** Every fact of this holder. */
    public static List<Fact<?>> all() { return List.of(); }
}
