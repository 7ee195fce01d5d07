package org.msb.register;

import org.msb.error.InvalidRegisterException;
import org.msb.item.Utf8Text;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an exception register from YAML or JSON:
 * <pre>
 * exceptions:
 *   - id: EX-001
 *     rules: [s3-access-logging]          # or "*"
 *     resource: arn:aws:s3:::public-web-* # id or ARN glob; and/or
 *     account: "111122223333"
 *     reason: Static website, reviewed by the data owner
 *     approver: jane.doe@example.com
 *     expires: 2027-03-31
 *     attestation: {intervalDays: 30, last: 2026-11-15, by: jane.doe@example.com}
 * attestations:
 *   - {id: AT-001, rule: ir-plan-tested, subject: IR, reference: https://wiki/ir, date: 2026-06-01, by: ciso@example.com}
 * </pre>
 * Every problem is an {@link InvalidRegisterException} naming the source, the entry and the field.
 */
public final class ExceptionRegisterParser {
    private static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final java.util.regex.Pattern ISO_DATE = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ExceptionRegisterParser() {}

    /** A register as stored (S3 object, file): strict UTF-8, so an invalid byte is an error naming the offset. */
    public static ExceptionRegister parse(byte[] bytes, String source) {
        if (bytes.length > MAX_BYTES) throw new InvalidRegisterException("exception register " + source + " is larger than 5 MB");
        return parse(Utf8Text.decode(bytes, problem -> new InvalidRegisterException("exception register " + source + " " + problem)), source);
    }

    public static ExceptionRegister parse(String text, String source) {
        if (text == null || text.isBlank()) return new ExceptionRegister(source, List.of(), List.of());
        if (text.length() > MAX_BYTES) throw new InvalidRegisterException("exception register " + source + " is larger than 5 MB");
        Object root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(20);
            options.setNestingDepthLimit(20);
            options.setCodePointLimit(MAX_BYTES);
            DumperOptions dump = new DumperOptions();
            root = new Yaml(new SafeConstructor(options), new Representer(dump), dump, options, new NoTimestampResolver()).load(text);
        } catch (YAMLException e) {
            throw new InvalidRegisterException("exception register " + source + " is not valid YAML or JSON: " + firstLine(e.getMessage()), e);
        }
        if (root == null) return new ExceptionRegister(source, List.of(), List.of());
        if (!(root instanceof Map<?, ?> map)) {
            throw new InvalidRegisterException("exception register " + source + " must be a mapping with 'exceptions' and/or 'attestations'");
        }
        for (Object key : map.keySet()) {
            if (!"exceptions".equals(key) && !"attestations".equals(key) && !"version".equals(key)) {
                throw new InvalidRegisterException("exception register " + source + ": unknown top-level key '" + key
                        + "' (expected exceptions, attestations)");
            }
        }
        List<ExceptionEntry> exceptions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<?> ex = list(map.get("exceptions"), source, "exceptions");
        for (int i = 0; i < ex.size(); i++) {
            ExceptionEntry e = exception(ex.get(i), new Where(source, "exceptions[" + i + "]"));
            if (!ids.add(e.id())) throw new InvalidRegisterException("exception register " + source + ": duplicate id " + e.id());
            exceptions.add(e);
        }
        List<Attestation> attestations = new ArrayList<>();
        List<?> at = list(map.get("attestations"), source, "attestations");
        for (int i = 0; i < at.size(); i++) {
            Attestation a = attestation(at.get(i), new Where(source, "attestations[" + i + "]"));
            if (!ids.add(a.id())) throw new InvalidRegisterException("exception register " + source + ": duplicate id " + a.id());
            attestations.add(a);
        }
        return new ExceptionRegister(source, exceptions, attestations);
    }

    /**
     * YAML's implicit timestamps are read leniently (2027-13-45 becomes a date in 2028), so dates stay text
     * here and are parsed strictly as ISO dates.
     */
    private static final class NoTimestampResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<");
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
            addImplicitResolver(Tag.NULL, EMPTY, null);
        }
    }

    private record Where(String source, String entry) {
        InvalidRegisterException error(String field, String problem) {
            return new InvalidRegisterException("exception register " + source + ", " + entry + ": field '" + field + "' " + problem);
        }
    }

    private static ExceptionEntry exception(Object o, Where w) {
        Map<?, ?> m = mapping(o, w);
        String id = required(m, "id", w);
        w = new Where(w.source(), w.entry() + " (" + id + ")");
        List<String> rules = rules(m.get("rules"), w);
        String resource = optional(m, "resource", w);
        String account = optional(m, "account", w);
        if (account != null && !account.matches("\\d{12}")) throw w.error("account", "\"" + account + "\" is not a 12-digit account id");
        if (resource == null && account == null) throw w.error("resource", "is missing: name a resource (id or ARN pattern) or an account");
        Integer interval = null;
        LocalDate last = null;
        String by = null;
        Object att = m.get("attestation");
        if (att != null) {
            Where aw = new Where(w.source(), w.entry() + ".attestation");
            Map<?, ?> am = mapping(att, aw);
            interval = integer(am.get("intervalDays"), "intervalDays", aw);
            last = am.get("last") == null ? null : date(am.get("last"), "last", aw);
            by = optional(am, "by", aw);
        }
        return new ExceptionEntry(id, rules, resource, account, required(m, "reason", w), required(m, "approver", w),
                date(m.get("expires"), "expires", w), interval, last, by, "register");
    }

    private static Attestation attestation(Object o, Where w) {
        Map<?, ?> m = mapping(o, w);
        String id = required(m, "id", w);
        w = new Where(w.source(), w.entry() + " (" + id + ")");
        String account = optional(m, "account", w);
        if (account != null && !account.matches("\\d{12}")) throw w.error("account", "\"" + account + "\" is not a 12-digit account id");
        return new Attestation(id, required(m, "rule", w), optional(m, "subject", w), optional(m, "reference", w),
                date(m.get("date"), "date", w), required(m, "by", w), account);
    }

    private static List<?> list(Object o, String source, String key) {
        if (o == null) return List.of();
        if (!(o instanceof List<?> l)) throw new InvalidRegisterException("exception register " + source + ": '" + key + "' must be a list");
        return l;
    }

    private static Map<?, ?> mapping(Object o, Where w) {
        if (!(o instanceof Map<?, ?> m)) throw new InvalidRegisterException("exception register " + w.source() + ", " + w.entry() + " must be a mapping");
        return m;
    }

    private static List<String> rules(Object o, Where w) {
        List<String> out = new ArrayList<>();
        if (o instanceof String s) out.add(s.trim());
        else if (o instanceof List<?> l) for (Object r : l) if (r != null) out.add(r.toString().trim());
        if (out.isEmpty() || out.stream().anyMatch(String::isEmpty)) throw w.error("rules", "is missing: list rule ids or \"*\"");
        for (String r : out) if (!r.equals("*") && !r.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw w.error("rules", "has \"" + r + "\", which is not a rule id");
        return out;
    }

    private static String required(Map<?, ?> m, String key, Where w) {
        String v = optional(m, key, w);
        if (v == null || v.isBlank()) throw w.error(key, "is missing");
        return v;
    }

    private static String optional(Map<?, ?> m, String key, Where w) {
        Object v = m.get(key);
        if (v == null) return null;
        if (v instanceof Map || v instanceof List) throw w.error(key, "must be text");
        return v.toString().trim();
    }

    private static Integer integer(Object v, String field, Where w) {
        if (v == null) return null;
        if (v instanceof Integer i && i >= 0) return i;
        throw w.error(field, "\"" + v + "\" is not a whole number of days >= 0");
    }

    private static LocalDate date(Object v, String field, Where w) {
        if (v == null) throw w.error(field, "is missing (YYYY-MM-DD)");
        if (v instanceof Date d) return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate date = isoDate(v.toString().trim());
        if (date == null) throw w.error(field, "\"" + v + "\" is not a date (YYYY-MM-DD)");
        return date;
    }

    /**
     * A calendar date written YYYY-MM-DD, or null. Four-digit years only: ISO's extended years (+999999999-12-31)
     * would overflow the date arithmetic of expiry and attestation.
     */
    static LocalDate isoDate(String text) {
        if (!ISO_DATE.matcher(text).matches()) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
