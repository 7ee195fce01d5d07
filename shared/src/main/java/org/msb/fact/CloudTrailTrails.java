package org.msb.fact;

import java.util.List;

/**
 * The trails CloudTrail shows in this region, shadow trails included: trails of other regions that are
 * multi-region, and organization trails of the management account as a member account sees them.
 */
public record CloudTrailTrails(List<CloudTrailTrail> trails) {
    public CloudTrailTrails {
        trails = trails == null ? List.of() : List.copyOf(trails);
    }
}
