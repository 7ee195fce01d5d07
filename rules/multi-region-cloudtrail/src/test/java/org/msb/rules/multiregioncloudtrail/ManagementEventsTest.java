package org.msb.rules.multiregioncloudtrail;

import org.junit.jupiter.api.Test;
import org.msb.fact.CloudTrailTrail;
import org.msb.fact.TrailAdvancedEventSelector;
import org.msb.fact.TrailEventSelector;
import org.msb.fact.TrailFieldSelector;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Selector forms the scenarios do not show: NotEquals on readOnly, eventSource narrowed to one service, custom but empty. */
class ManagementEventsTest {

    private static CloudTrailTrail trail(boolean custom, List<TrailEventSelector> classic, List<TrailAdvancedEventSelector> advanced) {
        return new CloudTrailTrail("t", "arn:aws:cloudtrail:eu-west-1:111122223333:trail/t", "eu-west-1", true, false, "b", null, null,
                true, true, null, null, custom, true, null, null, null, classic, advanced);
    }

    private static TrailFieldSelector field(String name, List<String> equalTo, List<String> notEqualTo) {
        return new TrailFieldSelector(name, equalTo, notEqualTo, List.of(), List.of(), List.of(), List.of());
    }

    private static TrailAdvancedEventSelector management(TrailFieldSelector... more) {
        List<TrailFieldSelector> f = new java.util.ArrayList<>(List.of(field("eventCategory", List.of("Management"), List.of())));
        f.addAll(List.of(more));
        return new TrailAdvancedEventSelector("m", f);
    }

    @Test
    void of_whenReadOnlyNotEqualsTrue_recordsWritesOnly() {
        ManagementEvents m = ManagementEvents.of(trail(true, List.of(), List.of(management(field("readOnly", List.of(), List.of("true"))))));
        assertEquals(new ManagementEvents(false, true, List.of()), m);
    }

    @Test
    void of_whenEventSourceNarrowedToOneService_isPartialAndSaysSo() {
        ManagementEvents m = ManagementEvents.of(trail(true, List.of(), List.of(management(field("eventSource", List.of("ec2.amazonaws.com"), List.of())))));
        assertEquals(new ManagementEvents(false, false, List.of("limits eventSource to ec2.amazonaws.com")), m);
    }

    @Test
    void of_whenCustomSelectorsButNoneListed_recordsNothing() {
        assertEquals(new ManagementEvents(false, false, List.of()), ManagementEvents.of(trail(true, List.of(), List.of())));
        assertEquals(new ManagementEvents(true, true, List.of()), ManagementEvents.of(trail(false, List.of(), List.of())), "CloudTrail's default");
    }

    @Test
    void of_whenIncludeManagementEventsOmitted_takesAwsDefaultTrue() {
        ManagementEvents m = ManagementEvents.of(trail(true, List.of(new TrailEventSelector("ReadOnly", null, List.of(), 0)), List.of()));
        assertEquals(new ManagementEvents(true, false, List.of()), m);
    }
}
