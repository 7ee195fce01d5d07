package org.msb.model.roles;

import org.msb.model.policy.PolicyDocument;
import org.msb.model.policy.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which actions a policy allows beyond reading. An action (or action pattern) reads when the text after the
 * service prefix starts with a read verb (Get, List, Describe, View, Lookup, Search, Filter, BatchGet, BatchDescribe,
 * Query, Scan, Select, Read) before any wildcard: {@code ec2:Describe*} reads; {@code s3:*},
 * {@code s3:*Object}, {@code s3:Li*} and {@code *} may write. {@code NotAction} allows everything but a few
 * actions, so it always may write. Conditional Allows count: a condition narrows a grant, it does not make
 * it read-only. Deliberately conservative: an action it cannot show to be a read is reported.
 */
public final class ReadOnlyActions {
    private static final List<String> READ_VERBS = List.of("get", "list", "describe", "view", "lookup", "search", "filter", "batchget",
            "batchdescribe", "query", "scan", "select", "read");

    private ReadOnlyActions() {}

    /** True when the action (pattern) can only name reads. */
    public static boolean isReadOnly(String action) {
        int colon = action.indexOf(':');
        if (colon <= 0) return false;
        String verb = action.substring(colon + 1).toLowerCase(Locale.ROOT);
        int wildcard = firstWildcard(verb);
        String literal = wildcard < 0 ? verb : verb.substring(0, wildcard);
        if (action.substring(0, colon).contains("*") || action.substring(0, colon).contains("?")) return false;
        return READ_VERBS.stream().anyMatch(literal::startsWith);
    }

    /** The Allow entries that may write: action patterns, or "NotAction ..." for a NotAction statement. */
    public static List<String> writeGrants(PolicyDocument policy) {
        List<String> out = new ArrayList<>();
        for (Statement s : policy.allowStatements()) {
            if (s.notAction()) {
                out.add("NotAction " + String.join(",", s.actions()));
                continue;
            }
            for (String a : s.actions()) if (!isReadOnly(a)) out.add(a);
        }
        return out;
    }

    private static int firstWildcard(String s) {
        int star = s.indexOf('*'), q = s.indexOf('?');
        if (star < 0) return q;
        if (q < 0) return star;
        return Math.min(star, q);
    }
}
