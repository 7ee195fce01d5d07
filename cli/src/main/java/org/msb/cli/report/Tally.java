package org.msb.cli.report;

import org.msb.engine.RuleResult;
import org.msb.rule.Compliance;

import java.util.Collection;

/**
 * Result counts by state. Compliant by exception is counted apart from COMPLIANT; errors are rules that
 * could not be evaluated at all. The score is compliant / (compliant + non-compliant): exceptions,
 * not applicable, insufficient data and errors are shown beside it and never counted as passes.
 */
public record Tally(int compliant, int nonCompliant, int excepted, int notApplicable, int insufficientData, int errors) {
    public static final Tally ZERO = new Tally(0, 0, 0, 0, 0, 0);

    public static Tally of(Collection<RuleResult> results, int errors) {
        int c = 0, nc = 0, ex = 0, na = 0, id = 0;
        for (RuleResult r : results) {
            if (r.compliantByException()) ex++;
            else if (r.compliance() == Compliance.COMPLIANT) c++;
            else if (r.compliance() == Compliance.NON_COMPLIANT) nc++;
            else if (r.compliance() == Compliance.NOT_APPLICABLE) na++;
            else id++;
        }
        return new Tally(c, nc, ex, na, id, errors);
    }

    public Tally plus(Tally o) {
        return new Tally(compliant + o.compliant, nonCompliant + o.nonCompliant, excepted + o.excepted,
                notApplicable + o.notApplicable, insufficientData + o.insufficientData, errors + o.errors);
    }

    /** The number of results the score is taken over. */
    public int scored() { return compliant + nonCompliant; }

    /** compliant / (compliant + non-compliant), or null when nothing was scored (no pass is invented). */
    public Double score() { return scored() == 0 ? null : (double) compliant / scored(); }

    /** The score as a percentage with one decimal, or "n/a". */
    public String percent() { return Scores.percent(score()); }
}
