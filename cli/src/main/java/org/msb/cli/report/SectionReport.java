package org.msb.cli.report;

import org.msb.rule.Section;

import java.util.List;

/** A baseline section's score over every account. */
public record SectionReport(Section section, List<String> controlIds, Tally tally) {
    public SectionReport { controlIds = List.copyOf(controlIds); }
}
