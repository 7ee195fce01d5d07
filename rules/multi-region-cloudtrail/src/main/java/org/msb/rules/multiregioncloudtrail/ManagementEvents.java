package org.msb.rules.multiregioncloudtrail;

import org.msb.fact.CloudTrailTrail;
import org.msb.fact.TrailAdvancedEventSelector;
import org.msb.fact.TrailEventSelector;
import org.msb.fact.TrailFieldSelector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which management events a trail records, from its classic or advanced event selectors.
 * <ul>
 *   <li>No custom selectors: CloudTrail's default, every read and write management event.</li>
 *   <li>Classic: a selector with IncludeManagementEvents (true when omitted) records ReadOnly, WriteOnly or All;
 *       ExcludeManagementEventSources (kms, rdsdata) makes it partial.</li>
 *   <li>Advanced: a selector with eventCategory = Management records both kinds, or one when readOnly is
 *       restricted; any eventSource condition makes it partial.</li>
 * </ul>
 * Read (write) is recorded only when one selector records every read (write) event; partial selectors are
 * named in {@link #limits()}.
 *
 * @param read every read management event is recorded
 * @param write every write management event is recorded
 * @param limits what narrows a selector that would otherwise record them, e.g. "excludes kms.amazonaws.com"
 */
record ManagementEvents(boolean read, boolean write, List<String> limits) {

    ManagementEvents {
        limits = List.copyOf(limits);
    }

    static ManagementEvents of(CloudTrailTrail t) {
        if (t.eventSelectors().isEmpty() && t.advancedEventSelectors().isEmpty()) {
            // without custom selectors CloudTrail records all management events; with them and none listed, nothing
            return t.hasCustomEventSelectors() ? new ManagementEvents(false, false, List.of()) : new ManagementEvents(true, true, List.of());
        }
        boolean read = false, write = false;
        List<String> limits = new ArrayList<>();
        for (TrailEventSelector s : t.eventSelectors()) {
            if (Boolean.FALSE.equals(s.includeManagementEvents())) continue;
            String rw = s.readWriteType() == null ? "All" : s.readWriteType();
            boolean r = rw.equalsIgnoreCase("All") || rw.equalsIgnoreCase("ReadOnly");
            boolean w = rw.equalsIgnoreCase("All") || rw.equalsIgnoreCase("WriteOnly");
            if (!s.excludeManagementEventSources().isEmpty()) {
                limits.add("excludes " + String.join(", ", s.excludeManagementEventSources()));
                continue;
            }
            read |= r;
            write |= w;
        }
        for (TrailAdvancedEventSelector s : t.advancedEventSelectors()) {
            if (!isManagement(s)) continue;
            boolean r = true, w = true;
            String limit = null;
            for (TrailFieldSelector f : s.fieldSelectors()) {
                String field = f.field() == null ? "" : f.field();
                if (field.equals("eventCategory")) continue;
                if (field.equals("readOnly")) {
                    r = allows(f, "true");
                    w = allows(f, "false");
                } else if (field.equals("eventSource") && !f.notEqualTo().isEmpty() && onlyNotEquals(f)) {
                    limit = "excludes " + String.join(", ", f.notEqualTo());
                } else {
                    limit = "limits " + field + describe(f);
                }
            }
            if (limit != null) {
                limits.add(limit);
                continue;
            }
            read |= r;
            write |= w;
        }
        return new ManagementEvents(read, write, limits);
    }

    private static boolean isManagement(TrailAdvancedEventSelector s) {
        for (TrailFieldSelector f : s.fieldSelectors()) {
            if ("eventCategory".equals(f.field()) && f.equalTo().stream().anyMatch(v -> v.equalsIgnoreCase("Management"))) return true;
        }
        return false;
    }

    /** Whether a readOnly condition lets events with this value ("true" = read, "false" = write) through. */
    private static boolean allows(TrailFieldSelector f, String value) {
        if (!f.equalTo().isEmpty() && f.equalTo().stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).equals(value))) return false;
        return f.notEqualTo().stream().noneMatch(v -> v.toLowerCase(Locale.ROOT).equals(value));
    }

    private static boolean onlyNotEquals(TrailFieldSelector f) {
        return f.equalTo().isEmpty() && f.startsWith().isEmpty() && f.notStartsWith().isEmpty() && f.endsWith().isEmpty()
                && f.notEndsWith().isEmpty();
    }

    private static String describe(TrailFieldSelector f) {
        if (!f.equalTo().isEmpty()) return " to " + String.join(", ", f.equalTo());
        if (!f.startsWith().isEmpty()) return " to " + String.join(", ", f.startsWith()) + "*";
        return "";
    }
}
