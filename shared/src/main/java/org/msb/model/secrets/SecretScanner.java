package org.msb.model.secrets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reduces values to their {@link ScannedValue traits}: one named value (an environment variable, a stack
 * parameter), or a whole text (EC2 user data: a shell, PowerShell or cloud-init script) read line by line for
 * assignments ({@code export DB_PASSWORD=...}, {@code password: ...}, {@code "apiKey": "..."},
 * {@code --password=...}, {@code aws configure set aws_secret_access_key ...}) and for secrets on any line.
 * The values are dropped as soon as they are classified.
 */
public final class SecretScanner {
    /** Most lines a text scan reports, so one huge script cannot bloat a fact. */
    static final int MAX_RESULTS = 200;

    private static final Pattern ASSIGNMENT = Pattern.compile(
            "^\\s*(?:-\\s+)?(?:export\\s+|set\\s+|setx\\s+|\\$env:|ENV\\s+|declare\\s+(?:-\\w+\\s+)?|local\\s+|readonly\\s+)?"
                    + "[\"']?([A-Za-z_][A-Za-z0-9_.-]*)[\"']?\\s*(?:=|:(?!//))\\s*(.*?)\\s*,?\\s*$");
    private static final Pattern FLAG = Pattern.compile("(?<![A-Za-z0-9])--?([A-Za-z][A-Za-z0-9_-]*)(?:=|\\s+)(\"[^\"]*\"|'[^']*'|[^\\s\"']+)");
    private static final Pattern JSON_PAIR = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_.-]*)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern AWS_CONFIGURE_SET = Pattern.compile("aws\\s+configure\\s+set\\s+([A-Za-z_.]+)\\s+(\\S+)");

    private SecretScanner() {}

    /** The traits of one named value. */
    public static ScannedValue scanVariable(String name, String value) {
        return scan(name, null, value);
    }

    /**
     * The traits of every assignment and every line with a secret in {@code text}, in line order; values that
     * can never become a finding (no secret format, not credential-like) are left out.
     */
    public static List<ScannedValue> scanText(String text) {
        Map<String, ScannedValue> out = new LinkedHashMap<>();
        if (text == null) return List.of();
        String[] lines = text.split("\\r?\\n", -1);
        for (int i = 0; i < lines.length && out.size() < MAX_RESULTS; i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            String where = "line " + (i + 1);
            List<String> named = new ArrayList<>();
            Matcher a = ASSIGNMENT.matcher(line);
            if (a.matches() && !a.group(2).isEmpty()) {
                add(out, scan(a.group(1), where, a.group(2)));
                named.add(a.group(1));
            }
            Matcher j = JSON_PAIR.matcher(line);
            while (j.find()) {
                if (named.contains(j.group(1))) continue;
                add(out, scan(j.group(1), where, j.group(2)));
                named.add(j.group(1));
            }
            Matcher s = AWS_CONFIGURE_SET.matcher(line);
            while (s.find()) {
                add(out, scan(s.group(1), where, s.group(2)));
                named.add(s.group(1));
            }
            Matcher f = FLAG.matcher(line);
            while (f.find()) {
                if (!SecretNames.builtIn().isSecretLike(f.group(1))) continue;
                add(out, scan(f.group(1), where, f.group(2)));
                named.add(f.group(1));
            }
            List<SecretKind> kinds = ValuePatterns.kindsIn(line);
            if (!kinds.isEmpty() && named.isEmpty()) add(out, new ScannedValue(null, where, kinds, false, null));
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, ScannedValue> out, ScannedValue v) {
        if (v.isInert()) return;
        out.putIfAbsent(v.location() + "|" + v.name(), v);
    }

    /** The traits of one named value found at {@code location} (e.g. "container app"). */
    public static ScannedValue scanVariable(String name, String location, String value) {
        return scan(name, location, value);
    }

    private static ScannedValue scan(String name, String location, String raw) {
        String value = unquote(raw == null ? "" : raw.trim());
        if (RedactedValue.isRedacted(value)) return RedactedValue.parse(name, location, value);
        List<SecretKind> kinds = new ArrayList<>(ValuePatterns.kindsIn(value));
        String reference = SecretReferences.storeOf(value);
        if (name != null && !kinds.contains(SecretKind.AWS_SECRET_ACCESS_KEY) && ValuePatterns.looksLikeAwsSecretKey(value)
                && name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "").contains("secret")) {
            kinds.add(SecretKind.AWS_SECRET_ACCESS_KEY);
        }
        return new ScannedValue(name, location, kinds, CredentialShape.isCredentialLike(value), reference);
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }
}
