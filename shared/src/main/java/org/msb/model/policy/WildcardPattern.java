package org.msb.model.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * An IAM policy pattern with the wildcards {@code *} (any run of characters, also across {@code :} and
 * {@code /}) and {@code ?} (one character), as policies use them in {@code Action}, {@code Resource} and
 * {@code Principal}. Actions compare case-insensitively ({@code S3:getobject} is {@code s3:GetObject}),
 * resources case-sensitively.
 *
 * <p>Besides matching one concrete value, it answers the two questions a policy reader asks about a whole
 * set of values written as a pattern: does this pattern cover every value of another ({@link #covers}),
 * and can the two patterns match a common value ({@link #overlaps})?
 */
public record WildcardPattern(String pattern, boolean ignoreCase) {

    public WildcardPattern {
        Objects.requireNonNull(pattern, "pattern");
        if (ignoreCase) pattern = pattern.toLowerCase(Locale.ROOT);
    }

    /** An action pattern (case-insensitive). */
    public static WildcardPattern action(String pattern) { return new WildcardPattern(pattern, true); }

    /** A resource or principal pattern (case-sensitive). */
    public static WildcardPattern resource(String pattern) { return new WildcardPattern(pattern, false); }

    /** True when the pattern matches every value ({@code *} or only stars). */
    public boolean matchesEverything() { return !pattern.isEmpty() && pattern.chars().allMatch(c -> c == '*'); }

    public boolean hasWildcards() { return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0; }

    /** True when the concrete {@code value} (no wildcards of its own) matches. */
    public boolean matches(String value) {
        return covers(value.replace("*", "\u0000").replace("?", "\u0001"));
    }

    /**
     * True when every value {@code query} matches is matched by this pattern ({@code s3:*} covers
     * {@code s3:Put*}; {@code s3:Put*} does not cover {@code s3:*}). The query's wildcards are absorbed only
     * by this pattern's: a {@code *} by a {@code *}, a {@code ?} by a {@code *} or a {@code ?}. Sound: never
     * answers true for a query with a value outside this pattern.
     */
    public boolean covers(String query) {
        String p = pattern, q = norm(query);
        int n = p.length(), m = q.length();
        // cover(i, j): does p[i..] cover q[j..]? Filled from the ends, one row at a time: no recursion (a 20 KB
        // Resource would overflow the stack) and O(m) memory (a table of n*m would not fit for long values).
        boolean[] next = new boolean[m + 1], cur = new boolean[m + 1];
        next[m] = true;  // row n: only the empty query is covered by the empty pattern
        for (int i = n - 1; i >= 0; i--) {
            char pc = p.charAt(i);
            for (int j = m; j >= 0; j--) {
                if (pc == '*') {
                    cur[j] = next[j] || (j < m && cur[j + 1]);
                } else if (j == m) {
                    cur[j] = false;
                } else {
                    char qc = q.charAt(j);
                    // a '?' of the pattern takes any single character of the query, also its '?', but never its '*'
                    boolean one = pc == '?' ? qc != '*' : pc == qc && qc != '*' && qc != '?';
                    cur[j] = one && next[j + 1];
                }
            }
            boolean[] t = next; next = cur; cur = t;
        }
        return next[0];
    }

    /** True when some value matches both this pattern and {@code other} (their languages intersect). */
    public boolean overlaps(String other) {
        String a = pattern, b = norm(other);
        int n = a.length(), m = b.length();
        // overlap(i, j) for a[i..] and b[j..], filled from the ends like covers
        boolean[] next = new boolean[m + 1], cur = new boolean[m + 1];
        for (int i = n; i >= 0; i--) {
            for (int j = m; j >= 0; j--) {
                boolean r;
                if (i == n && j == m) {
                    r = true;
                } else if (i < n && a.charAt(i) == '*') {
                    r = next[j] || (j < m && cur[j + 1]);
                } else if (j < m && b.charAt(j) == '*') {
                    r = cur[j + 1] || (i < n && next[j]);
                } else if (i < n && j < m) {
                    char x = a.charAt(i), y = b.charAt(j);
                    r = (x == y || x == '?' || y == '?') && next[j + 1];
                } else {
                    r = false;
                }
                cur[j] = r;
            }
            boolean[] t = next; next = cur; cur = t;
        }
        return next[0];
    }

    private String norm(String s) { return ignoreCase ? s.toLowerCase(Locale.ROOT) : s; }

    @Override public String toString() { return pattern; }
}
