package org.msb.model.logs;

import com.google.gson.JsonObject;

import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A CloudWatch Logs filter pattern (of a metric or subscription filter), parsed once and tested against
 * JSON log events such as CloudTrail records:
 * <pre>
 * LogFilterPattern p = LogFilterPattern.parse("{ ($.eventName = ConsoleLogin) &amp;&amp; ($.additionalEventData.MFAUsed != \"Yes\") }");
 * p.matches(record);   // true for a console sign-in without MFA
 * </pre>
 * An empty pattern matches every event. JSON patterns test the event's fields; term patterns and
 * standalone {@code %regex%} patterns test the event's text as CloudTrail writes it (one line of JSON).
 */
public final class LogFilterPattern {
    private final String text;
    private final Predicate<JsonObject> test;

    private LogFilterPattern(String text, Predicate<JsonObject> test) {
        this.text = text;
        this.test = test;
    }

    /**
     * @throws LogFilterPatternException naming the problem when the text is not a pattern CloudWatch Logs
     *         accepts, or is a space-delimited pattern (for text logs, not JSON events)
     */
    public static LogFilterPattern parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equals("\"\"")) return new LogFilterPattern(t, e -> true);
        if (t.startsWith("{")) {
            JsonCondition c = JsonPatternParser.parse(t);
            return new LogFilterPattern(t, c::test);
        }
        if (t.startsWith("[")) {
            throw new LogFilterPatternException("filter pattern " + t + " is space-delimited (for text logs); JSON events such as "
                    + "CloudTrail records need a JSON pattern { ... }");
        }
        if (t.length() > 1 && t.startsWith("%") && t.endsWith("%") && t.indexOf('%', 1) == t.length() - 1) {
            Pattern regex;
            try {
                regex = Pattern.compile(t.substring(1, t.length() - 1));
            } catch (PatternSyntaxException e) {
                throw new LogFilterPatternException("filter pattern " + t + " is not a valid regular expression: " + e.getDescription());
            }
            return new LogFilterPattern(t, e -> regex.matcher(e.toString()).find());
        }
        TermPattern terms = TermPattern.parse(t);
        return new LogFilterPattern(t, e -> terms.test(e.toString()));
    }

    /** True when the pattern matches the event (a JSON log event, such as one CloudTrail record). */
    public boolean matches(JsonObject event) { return test.test(event); }

    /** The pattern as written. */
    public String text() { return text; }

    @Override public String toString() { return text; }
}
