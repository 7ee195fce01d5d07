package org.msb.model.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which names announce a secret: DB_PASSWORD, apiKey, client-secret, GITHUB_TOKEN, privateKey... but not the
 * names that describe one (SECRET_ARN, TOKEN_TTL, PASSWORD_MIN_LENGTH, KMS_KEY_ID, PWD) nor those given only
 * to point at a store. Extra patterns (regular expressions, case-insensitive, found anywhere in the name)
 * add organisation-specific names, as the managed rule ECS_NO_ENVIRONMENT_SECRETS takes {@code secretKeys}.
 */
public final class SecretNames {
    /** Words that make a name secret-like, matched in the name with separators removed and lower-cased. */
    private static final List<String> SECRET_WORDS = List.of("password", "passwd", "passphrase", "pwd", "secret", "token",
            "apikey", "accesskey", "privatekey", "secretkey", "credential", "authkey", "signingkey", "encryptionkey",
            "masterkey", "sessionkey", "connectionstring", "connstr", "bearer", "webhook");
    /** Last words of a name that describe a secret rather than hold one. */
    private static final Set<String> DESCRIPTIVE_SUFFIXES = Set.of("arn", "name", "id", "ids", "path", "param", "parameter",
            "file", "url", "uri", "endpoint", "ttl", "timeout", "expiry", "expiration", "expires", "length", "size", "enabled",
            "header", "type", "region", "version", "count", "duration", "seconds", "minutes", "hours", "days", "policy",
            "rotation", "store", "location", "key_id", "mode", "format", "prefix", "suffix", "hint");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private final List<Pattern> extra;

    private SecretNames(List<Pattern> extra) { this.extra = List.copyOf(extra); }

    /** The built-in names only. */
    public static SecretNames builtIn() { return new SecretNames(List.of()); }

    /**
     * The built-in names plus {@code extraPatterns}.
     *
     * @throws IllegalArgumentException naming the pattern that is not a regular expression
     */
    public static SecretNames withExtra(List<String> extraPatterns) {
        List<Pattern> ps = new ArrayList<>();
        for (String p : extraPatterns) {
            try {
                ps.add(Pattern.compile(p, Pattern.CASE_INSENSITIVE));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("\"" + p + "\" is not a regular expression: " + e.getDescription(), e);
            }
        }
        return new SecretNames(ps);
    }

    public boolean isSecretLike(String name) {
        if (name == null || name.isBlank()) return false;
        for (Pattern p : extra) if (p.matcher(name).find()) return true;
        if (name.equals("PWD") || name.equals("OLDPWD")) return false;  // the shell's working directory
        List<String> words = words(name);
        if (words.isEmpty()) return false;
        String last = words.get(words.size() - 1);
        String lastTwo = words.size() > 1 ? words.get(words.size() - 2) + "_" + last : last;
        if (DESCRIPTIVE_SUFFIXES.contains(last) || DESCRIPTIVE_SUFFIXES.contains(lastTwo)) return false;
        String joined = String.join("", words);
        return SECRET_WORDS.stream().anyMatch(joined::contains);
    }

    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String part : CAMEL.matcher(name).replaceAll("_").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) out.add(part.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
