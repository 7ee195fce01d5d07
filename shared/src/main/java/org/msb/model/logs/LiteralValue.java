package org.msb.model.logs;

import com.google.gson.JsonPrimitive;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The right-hand side of a JSON comparison: a number ({@code 400}, {@code -1.5}, {@code 10e3}), text with
 * optional {@code *} wildcards at its start and/or end ({@code "AccessDenied*"}, {@code *UnauthorizedOperation};
 * an asterisk inside the text is a literal asterisk, as CloudWatch documents), or a regular expression
 * between percent signs ({@code %Put.*Policy%}), which matches when it is found in the value.
 */
record LiteralValue(String text, BigDecimal number, Pattern regex) {

    static LiteralValue ofText(String text) { return new LiteralValue(text, null, null); }

    static LiteralValue ofNumber(String text) { return new LiteralValue(text, new BigDecimal(text), null); }

    static LiteralValue ofRegex(String body) {
        try {
            return new LiteralValue("%" + body + "%", null, Pattern.compile(body));
        } catch (PatternSyntaxException e) {
            throw new LogFilterPatternException("regular expression %" + body + "% is not valid: " + e.getDescription());
        }
    }

    boolean isNumber() { return number != null; }

    boolean equalTo(JsonPrimitive found) {
        String s = found.getAsString();
        if (regex != null) return regex.matcher(s).find();
        if (number != null) {
            BigDecimal n = number(found);
            return n != null ? n.compareTo(number) == 0 : s.equals(text);
        }
        return wildcardEquals(text, s);
    }

    private static boolean wildcardEquals(String pattern, String s) {
        if (pattern.equals("*")) return true;
        boolean leading = pattern.startsWith("*");
        boolean trailing = pattern.endsWith("*") && pattern.length() > 1;
        String core = pattern.substring(leading ? 1 : 0, pattern.length() - (trailing ? 1 : 0));
        if (leading && trailing) return s.contains(core);
        if (leading) return s.endsWith(core);
        if (trailing) return s.startsWith(core);
        return s.equals(core);
    }

    /** The value as a number when it is one (also a numeric string such as CloudTrail's account ids); else null. */
    static BigDecimal number(JsonPrimitive p) {
        if (p.isBoolean()) return null;
        try {
            return new BigDecimal(p.getAsString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
