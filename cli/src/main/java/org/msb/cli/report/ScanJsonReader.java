package org.msb.cli.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.msb.cli.output.JsonResultWriter;
import org.msb.cli.scan.RuleCatalog;
import org.msb.cli.scan.RuleError;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.AppliedException;
import org.msb.engine.RuleResult;
import org.msb.register.ExceptionStatus;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads {@code msb scan --format json} output ("msb-scan/1") back into a {@link ScanResult}. Rules are
 * looked up by id in the catalog, so the report carries their baseline sentences; an unknown rule, a
 * missing field or a bad value is an error naming the file and the place.
 */
public final class ScanJsonReader {
    private final RuleCatalog catalog;

    public ScanJsonReader(RuleCatalog catalog) { this.catalog = catalog; }

    public ScanResult read(Path file) {
        return read(JsonInputFile.read(file), file.toString());
    }

    /** A scan result from its JSON form; {@code name} is used in errors. */
    public ScanResult read(JsonObject root, String name) {
        Fields f = new Fields(name);
        String format = f.optText(root, "format", "");
        if (!JsonResultWriter.FORMAT.equals(format)) {
            throw new InvalidReportInputException(name + ": not a scan result (\"format\" is "
                    + (format == null ? "missing" : "\"" + format + "\"") + ", expected \"" + JsonResultWriter.FORMAT
                    + "\", as written by msb scan --format json)");
        }
        Map<String, Rule> known = new LinkedHashMap<>();
        for (Rule r : catalog.rules()) known.put(r.spec().id(), r);
        Map<String, Rule> rules = new LinkedHashMap<>();
        JsonArray ruleArray = f.array(root, "rules", "");
        for (int i = 0; i < ruleArray.size(); i++) {
            String at = "rules[" + i + "]";
            String id = f.text(f.object(ruleArray.get(i), at), "ruleId", at);
            Rule r = known.get(id);
            if (r == null) throw new InvalidReportInputException(name + ": " + at + ": unknown rule \"" + id + "\" (not in this msb build)");
            rules.put(id, r);
        }
        List<RuleResult> results = new ArrayList<>();
        JsonArray resultArray = f.array(root, "results", "");
        for (int i = 0; i < resultArray.size(); i++) {
            String at = "results[" + i + "]";
            JsonObject o = f.object(resultArray.get(i), at);
            Rule rule = listed(rules, f.text(o, "ruleId", at), name, at);
            String control = f.optText(o, "controlId", at);
            if (control != null && !control.equals(rule.spec().controlId())) {
                throw new InvalidReportInputException(name + ": " + at + ": rule " + rule.spec().id() + " is control " + rule.spec().controlId()
                        + " in this msb build, the file says " + control);
            }
            Evaluation ev = new Evaluation(f.text(o, "resourceType", at), f.text(o, "resourceId", at),
                    f.parse(o, "compliance", at, Compliance::valueOf), f.optText(o, "annotation", at),
                    f.parse(o, "orderingTimestamp", at, Instant::parse));
            AppliedException ex = null;
            if (o.has("exception") && !o.get("exception").isJsonNull()) {
                String eat = at + ".exception";
                JsonObject e = f.object(o.get("exception"), eat);
                ex = new AppliedException(f.text(e, "id", eat), f.parse(e, "status", eat, ExceptionStatus::valueOf),
                        f.optText(e, "approver", eat), f.optText(e, "reason", eat), f.parse(e, "validUntil", eat, LocalDate::parse),
                        f.optText(e, "source", eat));
            }
            results.add(new RuleResult(rule.spec().id(), rule.spec().controlId(), ev, ex));
        }
        List<RuleError> errors = new ArrayList<>();
        JsonArray errorArray = f.array(root, "errors", "");
        for (int i = 0; i < errorArray.size(); i++) {
            String at = "errors[" + i + "]";
            JsonObject o = f.object(errorArray.get(i), at);
            Rule rule = listed(rules, f.text(o, "ruleId", at), name, at);
            errors.add(new RuleError(rule.spec().id(), rule.spec().controlId(), f.text(o, "message", at)));
        }
        return new ScanResult(f.text(root, "source", ""), f.text(root, "accountId", ""), f.text(root, "region", ""),
                f.parse(root, "evaluatedAt", "", Instant::parse), List.copyOf(rules.values()), results, errors);
    }

    private static Rule listed(Map<String, Rule> rules, String id, String name, String at) {
        Rule r = rules.get(id);
        if (r == null) throw new InvalidReportInputException(name + ": " + at + ": rule \"" + id + "\" is not in the file's \"rules\" list");
        return r;
    }


    /** Typed field access that names the file and the JSON path on any problem. */
    private record Fields(String name) {
        private String where(String at, String key) { return name + ": " + (at.isEmpty() ? "" : at + ".") + key; }

        JsonObject object(JsonElement e, String at) {
            if (e == null || !e.isJsonObject()) throw new InvalidReportInputException(name + ": " + at + " is not a JSON object");
            return e.getAsJsonObject();
        }

        JsonArray array(JsonObject o, String key, String at) {
            JsonElement e = o.get(key);
            if (e == null || !e.isJsonArray()) throw new InvalidReportInputException(where(at, key) + " is missing or not an array");
            return e.getAsJsonArray();
        }

        String text(JsonObject o, String key, String at) {
            String s = optText(o, key, at);
            if (s == null) throw new InvalidReportInputException(where(at, key) + " is missing");
            return s;
        }

        String optText(JsonObject o, String key, String at) {
            JsonElement e = o.get(key);
            if (e == null || e.isJsonNull()) return null;
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) throw new InvalidReportInputException(where(at, key) + " is not a string");
            return e.getAsString();
        }

        <T> T parse(JsonObject o, String key, String at, Function<String, T> parser) {
            String s = text(o, key, at);
            try {
                return parser.apply(s);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new InvalidReportInputException(where(at, key) + ": bad value \"" + s + "\"");
            }
        }
    }
}
