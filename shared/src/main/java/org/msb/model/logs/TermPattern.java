package org.msb.model.logs;

import java.util.ArrayList;
import java.util.List;

/**
 * An unstructured filter pattern: terms that must all appear in the event's text ({@code ERROR Exception}),
 * terms of which one must appear ({@code ?ERROR ?WARN}), and terms that must not ({@code -Exiting}, also
 * written {@code - "Exiting"}). Matching is case-sensitive and by substring, as in CloudWatch Logs; quotes
 * make a phrase with blanks or symbols one term.
 */
record TermPattern(List<String> required, List<String> anyOf, List<String> excluded) {

    TermPattern {
        required = List.copyOf(required);
        anyOf = List.copyOf(anyOf);
        excluded = List.copyOf(excluded);
    }

    static TermPattern parse(String text) {
        List<String> required = new ArrayList<>(), anyOf = new ArrayList<>(), excluded = new ArrayList<>();
        int pos = 0;
        char pendingSign = 0;
        while (true) {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
            if (pos >= text.length()) break;
            char sign = pendingSign;
            pendingSign = 0;
            char c = text.charAt(pos);
            if (c == '?' || c == '-') {
                sign = c;
                pos++;
                if (pos >= text.length() || Character.isWhitespace(text.charAt(pos))) {
                    pendingSign = sign;  // "ERROR" - "Exiting": the sign stands apart from its term
                    continue;
                }
                c = text.charAt(pos);
            }
            String term;
            if (c == '"') {
                int end = text.indexOf('"', pos + 1);
                if (end < 0) throw new LogFilterPatternException("filter pattern " + text + ": quoted term has no closing \"");
                term = text.substring(pos + 1, end);
                pos = end + 1;
            } else {
                int start = pos;
                while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) pos++;
                term = text.substring(start, pos);
            }
            (sign == '?' ? anyOf : sign == '-' ? excluded : required).add(term);
        }
        if (pendingSign != 0) throw new LogFilterPatternException("filter pattern " + text + ": '" + pendingSign + "' is not followed by a term");
        return new TermPattern(required, anyOf, excluded);
    }

    boolean test(String eventText) {
        for (String t : required) if (!eventText.contains(t)) return false;
        for (String t : excluded) if (eventText.contains(t)) return false;
        return anyOf.isEmpty() || anyOf.stream().anyMatch(eventText::contains);
    }
}
