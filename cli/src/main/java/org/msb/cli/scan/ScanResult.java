package org.msb.cli.scan;

import org.msb.engine.RuleResult;
import org.msb.rule.Compliance;
import org.msb.rule.Rule;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one scan produced: every rule's results (exceptions applied), the rules that errored, and where
 * and when it ran. INSUFFICIENT_DATA results come from facts the source did not hold.
 */
public record ScanResult(String source, String accountId, String region, Instant evaluatedAt,
                         List<Rule> rules, List<RuleResult> results, List<RuleError> errors) {

    public ScanResult {
        rules = List.copyOf(rules);
        results = List.copyOf(results);
        errors = List.copyOf(errors);
    }

    /** Counts per compliance state; "compliant by exception" counted apart from plain COMPLIANT. */
    public record Counts(int compliant, int nonCompliant, int excepted, int notApplicable, int insufficientData, int errors) {
        public int evaluated() { return compliant + nonCompliant + excepted + notApplicable + insufficientData; }
    }

    public Counts counts() { return counts(results, errors.size()); }

    public static Counts counts(List<RuleResult> rs, int errors) {
        Map<Compliance, Integer> m = new EnumMap<>(Compliance.class);
        int excepted = 0;
        for (RuleResult r : rs) {
            if (r.compliantByException()) excepted++;
            else m.merge(r.compliance(), 1, Integer::sum);
        }
        return new Counts(m.getOrDefault(Compliance.COMPLIANT, 0), m.getOrDefault(Compliance.NON_COMPLIANT, 0), excepted,
                m.getOrDefault(Compliance.NOT_APPLICABLE, 0), m.getOrDefault(Compliance.INSUFFICIENT_DATA, 0), errors);
    }

    public List<RuleResult> failures() {
        return results.stream().filter(r -> r.compliance() == Compliance.NON_COMPLIANT).toList();
    }
}
