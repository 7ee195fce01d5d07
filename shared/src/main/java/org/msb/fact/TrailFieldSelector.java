package org.msb.fact;

import java.util.List;

/**
 * One field condition of an advanced event selector, e.g. {@code eventCategory} equal to {@code Management}.
 * {@code equalTo} is AWS's {@code Equals}, {@code notEqualTo} its {@code NotEquals}; empty lists mean the
 * condition is not used.
 */
public record TrailFieldSelector(String field, List<String> equalTo, List<String> notEqualTo, List<String> startsWith,
                                 List<String> notStartsWith, List<String> endsWith, List<String> notEndsWith) {
    public TrailFieldSelector {
        equalTo = copy(equalTo);
        notEqualTo = copy(notEqualTo);
        startsWith = copy(startsWith);
        notStartsWith = copy(notStartsWith);
        endsWith = copy(endsWith);
        notEndsWith = copy(notEndsWith);
    }

    private static List<String> copy(List<String> l) { return l == null ? List.of() : List.copyOf(l); }
}
