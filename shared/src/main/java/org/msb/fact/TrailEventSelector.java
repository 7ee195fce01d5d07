package org.msb.fact;

import java.util.List;

/**
 * A classic CloudTrail event selector. {@code includeManagementEvents} is null when AWS omits it (it then
 * defaults to true); {@code dataResourceCount} counts the data-event resources it also selects.
 *
 * @param readWriteType ReadOnly, WriteOnly or All
 */
public record TrailEventSelector(String readWriteType, Boolean includeManagementEvents,
                                 List<String> excludeManagementEventSources, int dataResourceCount) {
    public TrailEventSelector {
        excludeManagementEventSources = excludeManagementEventSources == null ? List.of() : List.copyOf(excludeManagementEventSources);
    }
}
