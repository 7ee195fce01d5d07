package org.msb.fact;

import java.util.List;

/** An advanced CloudTrail event selector: a name and its field selectors, all of which must match. */
public record TrailAdvancedEventSelector(String name, List<TrailFieldSelector> fieldSelectors) {
    public TrailAdvancedEventSelector {
        fieldSelectors = fieldSelectors == null ? List.of() : List.copyOf(fieldSelectors);
    }
}
