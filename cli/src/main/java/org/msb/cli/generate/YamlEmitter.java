package org.msb.cli.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes maps, lists, strings, numbers and booleans as block-style YAML, byte for byte the same on every run
 * (the regenerate-and-diff test depends on it) and independent of any YAML library's defaults. Intrinsic
 * functions are written in long form ({@code Fn::Sub:}, {@code Ref:}), never as tags, so any YAML parser reads
 * the output. Strings that YAML 1.1 would read as something else (numbers, booleans, dates) are quoted; a
 * string with line breaks becomes a literal block.
 */
public final class YamlEmitter {
    private static final String INDENT = "  ";
    /** Safe as a plain scalar in block context: starts with a letter, '$' or '/', no ": ", " #" or quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z$/][A-Za-z0-9 _./:${}()@+=,*!<>^|\\[\\]-]*");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null", "~");

    private final StringBuilder out = new StringBuilder();

    private YamlEmitter() {}

    /** The document for a root map. */
    public static String write(Map<String, ?> root) {
        YamlEmitter e = new YamlEmitter();
        e.map(root, 0);
        return e.out.toString();
    }

    private void map(Map<String, ?> map, int depth) {
        for (Map.Entry<String, ?> entry : map.entrySet()) {
            indent(depth);
            out.append(scalar(entry.getKey())).append(':');
            value(entry.getValue(), depth, false);
        }
    }

    /** After "key:" or "-": a nested block on the following lines, or " scalar" on this line. */
    private void value(Object v, int depth, boolean inList) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                out.append(" {}\n");
            } else if (inList) {
                // "- Key: value" with the other keys aligned under the first
                out.append(' ');
                boolean first = true;
                for (Map.Entry<?, ?> entry : m.entrySet()) {
                    if (!first) indent(depth + 1);
                    first = false;
                    out.append(scalar((String) entry.getKey())).append(':');
                    value(entry.getValue(), depth + 1, false);
                }
            } else {
                out.append('\n');
                map(cast(m), depth + 1);
            }
        } else if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                out.append(" []\n");
            } else {
                out.append('\n');
                // a list under a key sits at the key's indentation; a list in a list one level deeper
                list(l, inList ? depth + 1 : depth);
            }
        } else if (v instanceof String s && s.indexOf('\n') >= 0) {
            literal(s, depth + 1);
        } else {
            out.append(' ').append(scalar(v)).append('\n');
        }
    }

    private void list(List<?> list, int depth) {
        for (Object item : list) {
            indent(depth);
            out.append('-');
            value(item, depth, true);
        }
    }

    private void literal(String s, int depth) {
        String chomp = s.endsWith("\n\n") ? "+" : s.endsWith("\n") ? "" : "-";
        if (s.startsWith(" ")) throw new IllegalArgumentException("a literal block must not start with a space: " + s.substring(0, Math.min(40, s.length())));
        out.append(" |").append(chomp).append('\n');
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty()) {
                indent(depth);
                out.append(line);
            }
            out.append('\n');
        }
    }

    private void indent(int depth) { out.append(INDENT.repeat(depth)); }

    static String scalar(Object v) {
        if (v == null) throw new IllegalArgumentException("null has no YAML form here; leave the key out");
        if (v instanceof Boolean || v instanceof Integer || v instanceof Long) return v.toString();
        if (!(v instanceof String s)) throw new IllegalArgumentException("cannot write a " + v.getClass().getName() + " as YAML");
        if (isPlain(s)) return s;
        if (s.chars().allMatch(c -> c >= 0x20 && c != 0x7f)) return "'" + s.replace("'", "''") + "'";
        throw new IllegalArgumentException("string with control characters: " + s);
    }

    static boolean isPlain(String s) {
        return !s.isEmpty() && PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))
                && !s.contains(": ") && !s.contains(" #") && !s.endsWith(":") && !s.endsWith(" ");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> m) { return (Map<String, ?>) m; }
}
