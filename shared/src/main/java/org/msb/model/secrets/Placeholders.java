package org.msb.model.secrets;

import java.util.regex.Pattern;

/** Values that stand for a secret without being one: ${DB_PASSWORD}, {{token}}, &lt;password&gt;, ****, %PASS%. */
final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{[^}]*}|\\$\\(.*\\)|\\$[A-Za-z_][A-Za-z0-9_]*|\\{\\{.*}}|<[^>]*>|%[A-Za-z_][A-Za-z0-9_]*%|\\*+|x+|X+|\\.\\.\\.|changeme|CHANGEME|redacted|REDACTED");

    private Placeholders() {}

    static boolean isPlaceholder(String value) {
        return value != null && PLACEHOLDER.matcher(value.trim()).matches();
    }
}
