package org.msb.cli.report;

import org.msb.rule.Section;
import org.msb.rule.Severity;

import java.util.List;

/**
 * One baseline control across every account: the baseline sentence, its rule(s), the score, and the
 * results an auditor drills into (failures with annotations, exceptions, gaps and errors).
 */
public record ControlReport(String controlId, Section section, List<String> ruleIds, String title, String baseline,
                            Severity severity, Tally tally, List<ResultRow> failures, List<ExceptionEntry> exceptions,
                            List<ResultRow> incomplete) {
    public ControlReport {
        ruleIds = List.copyOf(ruleIds);
        failures = List.copyOf(failures);
        exceptions = List.copyOf(exceptions);
        incomplete = List.copyOf(incomplete);
    }
}
