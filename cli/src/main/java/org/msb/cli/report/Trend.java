package org.msb.cli.report;

import java.time.Instant;
import java.util.List;

/**
 * What changed since an earlier report: score deltas (overall, per control, per account) and, per resource,
 * what newly fails, what was fixed (non-compliant then, compliant now) and every other change of state
 * (e.g. now passing only by exception, no longer reported, could no longer be evaluated).
 */
public record Trend(Instant earlierGeneratedAt, ScoreChange overall, List<ScoreChange> controls, List<ScoreChange> accounts,
                    List<ResourceChange> newlyFailing, List<ResourceChange> fixed, List<ResourceChange> otherChanges) {
    public Trend {
        controls = List.copyOf(controls);
        accounts = List.copyOf(accounts);
        newlyFailing = List.copyOf(newlyFailing);
        fixed = List.copyOf(fixed);
        otherChanges = List.copyOf(otherChanges);
    }

    /**
     * A score then and now; either may be null (nothing scored). Compared at the precision the JSON report
     * keeps (4 decimals), so a report compared with its own JSON shows no change.
     */
    public record ScoreChange(String name, Double before, Double after) {
        public Double delta() { return Scores.deltaOf(Scores.rounded(before), Scores.rounded(after)); }
        public String deltaText() { return Scores.delta(Scores.rounded(before), Scores.rounded(after)); }
        public boolean better() { return delta() != null && delta() > 1e-6; }
        public boolean worse() { return delta() != null && delta() < -1e-6; }
    }

    /** One resource whose state changed; {@code before} or {@code after} is null when it was not reported then. */
    public record ResourceChange(String account, String controlId, String ruleId, String resourceType, String resourceId,
                                 ResultState before, ResultState after, String annotation) {}
}
