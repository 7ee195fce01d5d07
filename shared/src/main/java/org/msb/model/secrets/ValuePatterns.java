package org.msb.model.secrets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secret formats recognisable from the value alone, whatever it is called. Each pattern is the issuer's
 * documented prefix plus the length and alphabet of the rest, so ordinary text does not match.
 */
final class ValuePatterns {
    private static final Map<SecretKind, Pattern> PATTERNS = new LinkedHashMap<>();

    static {
        // long-term (AKIA) and temporary (ASIA) access key ids; AROA/AIDA unique ids are not credentials
        PATTERNS.put(SecretKind.AWS_ACCESS_KEY_ID, Pattern.compile("(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])"));
        PATTERNS.put(SecretKind.PRIVATE_KEY, Pattern.compile("-----BEGIN (?:RSA |DSA |EC |OPENSSH |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----"));
        PATTERNS.put(SecretKind.GITHUB_TOKEN, Pattern.compile("(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{50,})(?![A-Za-z0-9_])"));
        PATTERNS.put(SecretKind.GITLAB_TOKEN, Pattern.compile("(?<![A-Za-z0-9_-])glpat-[A-Za-z0-9_-]{20}(?![A-Za-z0-9_-])"));
        PATTERNS.put(SecretKind.SLACK_TOKEN, Pattern.compile("(?<![A-Za-z0-9])xox[abposr]-[A-Za-z0-9-]{10,}"));
        PATTERNS.put(SecretKind.SLACK_WEBHOOK, Pattern.compile("https://hooks\\.slack\\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{16,}"));
        PATTERNS.put(SecretKind.STRIPE_KEY, Pattern.compile("(?<![A-Za-z0-9])[rs]k_live_[A-Za-z0-9]{20,}"));
        PATTERNS.put(SecretKind.GOOGLE_API_KEY, Pattern.compile("(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])"));
        PATTERNS.put(SecretKind.SENDGRID_KEY, Pattern.compile("SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}"));
        PATTERNS.put(SecretKind.NPM_TOKEN, Pattern.compile("(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9])"));
        PATTERNS.put(SecretKind.JSON_WEB_TOKEN, Pattern.compile("eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}"));
    }

    /** scheme://user:password@host; the password group is checked against placeholders separately. */
    private static final Pattern URL_PASSWORD = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^\\s:/@]+:([^\\s@/]+)@[^\\s/]+");
    /** {@code aws_secret_access_key = wJalr...} in a credentials file, a script or YAML. */
    private static final Pattern AWS_SECRET_ASSIGNMENT = Pattern.compile(
            "(?i)aws_?secret_?access_?key[\"']?\\s*[=:]?\\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])");

    private ValuePatterns() {}

    /** The kinds of secret inside a text (one value or one line), in a stable order, without duplicates. */
    static List<SecretKind> kindsIn(String text) {
        List<SecretKind> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        for (Map.Entry<SecretKind, Pattern> e : PATTERNS.entrySet()) {
            if (e.getValue().matcher(text).find()) out.add(e.getKey());
        }
        Matcher url = URL_PASSWORD.matcher(text);
        while (url.find()) {
            if (!Placeholders.isPlaceholder(url.group(1))) {
                out.add(SecretKind.PASSWORD_IN_URL);
                break;
            }
        }
        if (AWS_SECRET_ASSIGNMENT.matcher(text).find()) out.add(SecretKind.AWS_SECRET_ACCESS_KEY);
        return out;
    }

    /** True for 40 characters of the secret-key alphabet with upper case, lower case and digits. */
    static boolean looksLikeAwsSecretKey(String value) {
        return value.length() == 40 && value.matches("[A-Za-z0-9/+]{40}") && value.chars().anyMatch(Character::isUpperCase)
                && value.chars().anyMatch(Character::isLowerCase) && value.chars().anyMatch(Character::isDigit);
    }
}
