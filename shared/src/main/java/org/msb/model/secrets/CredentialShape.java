package org.msb.model.secrets;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether a value looks like a credential: at least {@value #MIN_LENGTH} characters without spaces, a
 * Shannon entropy of at least {@value #MIN_BITS_PER_CHAR} bits per character (random strings and chosen
 * passwords such as {@code P@ssw0rd123} reach it; words such as {@code changeme} do not), and none of the
 * shapes that carry no secret: numbers, booleans, placeholders, references, ARNs, paths, plain URLs, e-mail
 * addresses and host names.
 */
final class CredentialShape {
    static final int MIN_LENGTH = 8;
    static final double MIN_BITS_PER_CHAR = 3.0;

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern BOOLEAN = Pattern.compile("(?i)true|false|yes|no|on|off|enabled|disabled|null|none");
    private static final Pattern PATH = Pattern.compile("(?:/|\\./|~/)[A-Za-z0-9_./{}-]*");
    private static final Pattern PLAIN_URL = Pattern.compile("(?i)(https?|s3|file|ftp|wss?)://[^@\\s]*");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern HOST = Pattern.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+(:\\d+)?");

    private CredentialShape() {}

    static boolean isCredentialLike(String value) {
        if (value == null) return false;
        String v = value.trim();
        if (v.length() < MIN_LENGTH || v.chars().anyMatch(Character::isWhitespace)) return false;
        if (NUMBER.matcher(v).matches() || BOOLEAN.matcher(v).matches() || Placeholders.isPlaceholder(v)) return false;
        if (SecretReferences.storeOf(v) != null || v.startsWith("arn:")) return false;
        if (PATH.matcher(v).matches() || PLAIN_URL.matcher(v).matches() || EMAIL.matcher(v).matches()) return false;
        if (HOST.matcher(v).matches() && v.chars().noneMatch(Character::isUpperCase)) return false;
        return bitsPerChar(v) >= MIN_BITS_PER_CHAR;
    }

    /** Shannon entropy of the characters of {@code s}, in bits per character. */
    static double bitsPerChar(String s) {
        if (s.isEmpty()) return 0;
        Map<Integer, Integer> counts = new HashMap<>();
        s.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        double n = s.codePointCount(0, s.length());
        double bits = 0;
        for (int c : counts.values()) {
            double p = c / n;
            bits -= p * (Math.log(p) / Math.log(2));
        }
        return bits;
    }
}
