package org.msb.model.logs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the JSON form of a filter pattern, {@code { condition }}, by recursive descent with CloudWatch's
 * precedence ({@code ( )} before {@code &&} before {@code ||}). Errors say what was expected and where.
 */
final class JsonPatternParser {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private final String src;
    private int pos;

    private JsonPatternParser(String src) { this.src = src; }

    /** Parses {@code { ... }}; the text must start with '{' (after blanks). */
    static JsonCondition parse(String text) {
        JsonPatternParser p = new JsonPatternParser(text);
        p.expect("{");
        JsonCondition c = p.or();
        p.expect("}");
        p.blanks();
        if (p.pos < p.src.length()) throw p.error("nothing may follow the closing }");
        return c;
    }

    private JsonCondition or() {
        List<JsonCondition> parts = new ArrayList<>(List.of(and()));
        while (accept("||")) parts.add(and());
        return parts.size() == 1 ? parts.get(0) : new JsonCondition.Or(parts);
    }

    private JsonCondition and() {
        List<JsonCondition> parts = new ArrayList<>(List.of(unary()));
        while (accept("&&")) parts.add(unary());
        return parts.size() == 1 ? parts.get(0) : new JsonCondition.And(parts);
    }

    private JsonCondition unary() {
        if (accept("(")) {
            JsonCondition c = or();
            expect(")");
            return c;
        }
        blanks();
        if (pos >= src.length() || src.charAt(pos) != '$') throw error("expected a selector such as $.eventName or '('");
        JsonSelector selector = JsonSelector.parse(word());
        if (acceptKeyword("IS")) {
            if (acceptKeyword("NULL")) return new JsonCondition.IsNull(selector);
            if (acceptKeyword("TRUE")) return new JsonCondition.IsBoolean(selector, true);
            if (acceptKeyword("FALSE")) return new JsonCondition.IsBoolean(selector, false);
            throw error("expected NULL, TRUE or FALSE after IS");
        }
        if (acceptKeyword("NOT")) {
            if (acceptKeyword("EXISTS")) return new JsonCondition.NotExists(selector);
            throw error("expected EXISTS after NOT");
        }
        JsonCondition.Operator op = operator();
        LiteralValue value = value();
        if (op != JsonCondition.Operator.EQ && op != JsonCondition.Operator.NE && !value.isNumber()) {
            throw error("a numeric comparison needs a number, not " + value.text());
        }
        return new JsonCondition.Compare(selector, op, value);
    }

    private JsonCondition.Operator operator() {
        if (accept("!=")) return JsonCondition.Operator.NE;
        if (accept("<=")) return JsonCondition.Operator.LE;
        if (accept(">=")) return JsonCondition.Operator.GE;
        if (accept("=")) return JsonCondition.Operator.EQ;
        if (accept("<")) return JsonCondition.Operator.LT;
        if (accept(">")) return JsonCondition.Operator.GT;
        throw error("expected =, !=, <, >, <=, >=, IS or NOT EXISTS after the selector");
    }

    private LiteralValue value() {
        blanks();
        if (pos >= src.length()) throw error("expected a value");
        char c = src.charAt(pos);
        if (c == '"') return LiteralValue.ofText(quoted());
        if (c == '%') {
            int end = src.indexOf('%', pos + 1);
            if (end < 0) throw error("regular expression has no closing %");
            String body = src.substring(pos + 1, end);
            pos = end + 1;
            return LiteralValue.ofRegex(body);
        }
        String w = word();
        if (w.isEmpty()) throw error("expected a value");
        return NUMBER.matcher(w).matches() ? LiteralValue.ofNumber(w) : LiteralValue.ofText(w);
    }

    private String quoted() {
        StringBuilder b = new StringBuilder();
        pos++;  // opening quote
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == '"') return b.toString();
            if (c == '\\' && pos < src.length()) c = src.charAt(pos++);
            b.append(c);
        }
        throw error("quoted value has no closing \"");
    }

    /** A bare token: up to a blank, a bracket, a comparison operator or a logical operator. */
    private String word() {
        blanks();
        int start = pos;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c) || "(){}=!<>".indexOf(c) >= 0 || src.startsWith("&&", pos) || src.startsWith("||", pos)) break;
            pos++;
        }
        return src.substring(start, pos);
    }

    private boolean acceptKeyword(String kw) {
        blanks();
        int end = pos + kw.length();
        if (end > src.length() || !src.substring(pos, end).toUpperCase(Locale.ROOT).equals(kw)) return false;
        if (end < src.length() && Character.isLetterOrDigit(src.charAt(end))) return false;
        pos = end;
        return true;
    }

    private boolean accept(String token) {
        blanks();
        if (!src.startsWith(token, pos)) return false;
        pos += token.length();
        return true;
    }

    private void expect(String token) {
        if (!accept(token)) throw error("expected '" + token + "'");
    }

    private void blanks() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++;
    }

    private LogFilterPatternException error(String what) {
        return new LogFilterPatternException("filter pattern " + src.strip() + ": " + what + " at position " + (pos + 1));
    }
}
