package org.msb.fact;

import java.util.List;

/** Where the detectors of this region export findings (ListPublishingDestinations + DescribePublishingDestination). */
public record GuardDutyPublishingDestinations(List<GuardDutyPublishingDestination> destinations) {
    public GuardDutyPublishingDestinations {
        destinations = destinations == null ? List.of() : List.copyOf(destinations);
    }
}
