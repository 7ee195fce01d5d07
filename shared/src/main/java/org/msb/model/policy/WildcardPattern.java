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
        String q = norm(query);
        return cover(pattern, 0, q, 0, new Boolean[pattern.length() + 1][q.length() + 1]);
    }

    /** True when some value matches both this pattern and {@code other} (their languages intersect). */
    public boolean overlaps(String other) {
        String o = norm(other);
        return overlap(pattern, 0, o, 0, new Boolean[pattern.length() + 1][o.length() + 1]);
    }

    private String norm(String s) { return ignoreCase ? s.toLowerCase(Locale.ROOT) : s; }

    private static boolean cover(String p, int i, String q, int j, Boolean[][] memo) {
        if (memo[i][j] != null) return memo[i][j];
        boolean r;
        if (i == p.length()) {
            r = j == q.length();
        } else if (p.charAt(i) == '*') {
            r = cover(p, i + 1, q, j, memo) || (j < q.length() && cover(p, i, q, j + 1, memo));
        } else if (j == q.length()) {
            r = false;
        } else {
            char pc = p.charAt(i), qc = q.charAt(j);
            // a '?' of the pattern takes any single character of the query, also its '?', but never its '*'
            boolean one = pc == '?' ? qc != '*' : pc == qc && qc != '*' && qc != '?';
            r = one && cover(p, i + 1, q, j + 1, memo);
        }
        memo[i][j] = r;
        return r;
    }

    private static boolean overlap(String a, int i, String b, int j, Boolean[][] memo) {
        if (memo[i][j] != null) return memo[i][j];
        boolean r;
        if (i == a.length() && j == b.length()) {
            r = true;
        } else if (i < a.length() && a.charAt(i) == '*') {
            r = overlap(a, i + 1, b, j, memo) || (j < b.length() && overlap(a, i, b, j + 1, memo));
        } else if (j < b.length() && b.charAt(j) == '*') {
            r = overlap(a, i, b, j + 1, memo) || (i < a.length() && overlap(a, i + 1, b, j, memo));
        } else if (i < a.length() && j < b.length()) {
            char x = a.charAt(i), y = b.charAt(j);
            r = (x == y || x == '?' || y == '?') && overlap(a, i + 1, b, j + 1, memo);
        } else {
            r = false;
        }
        memo[i][j] = r;
        return r;
    }

    @Override public String toString() { return pattern; }
}
