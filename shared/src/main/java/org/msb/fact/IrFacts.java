package org.msb.fact;

import java.util.List;

/** Facts read by the Incident Response (IR) rules. */
public final class IrFacts {
    private IrFacts() {}

    /** Every fact of this holder. */
    public static List<Fact<?>> all() { return List.of(); }
}
