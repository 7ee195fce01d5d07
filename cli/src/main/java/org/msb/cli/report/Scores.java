package org.msb.cli.report;

import java.util.Locale;

/** Formatting of scores and score changes, the same in every output format. */
public final class Scores {
    private Scores() {}

    public static String percent(Double score) {
        return score == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", score * 100);
    }

    /** A change in percentage points, e.g. "+12.5 pp"; "n/a" when either side had no score. */
    public static String delta(Double before, Double after) {
        Double d = deltaOf(before, after);
        return d == null ? "n/a" : String.format(Locale.ROOT, "%+.1f pp", d * 100);
    }

    public static Double deltaOf(Double before, Double after) {
        return before == null || after == null ? null : after - before;
    }

    /** A score rounded to 4 decimals for JSON (stable across runs, exact enough for percentages). */
    public static Double rounded(Double score) {
        return score == null ? null : Math.round(score * 10000) / 10000.0;
    }
}
