package org.msb.cli.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the trend needs from an earlier "msb-report/1" document: its scores (overall, per control, per
 * account and region) and each resource's state, keyed like {@link ResultRow#key()}.
 */
public record EarlierReport(Instant generatedAt, Double overall, Map<String, Double> controls, Map<String, Double> accounts,
                            Map<String, String> accountLabels, Map<String, Row> rows) {

    /** One earlier result. */
    public record Row(String account, String controlId, String ruleId, String resourceType, String resourceId, ResultState state) {}

    public static EarlierReport read(Path file) {
        return of(JsonInputFile.read(file), file.toString());
    }

    public static EarlierReport of(JsonObject root, String name) {
        String format = str(root, "format", name);
        if (!JsonReportWriter.FORMAT.equals(format)) {
            throw new InvalidReportInputException(name + ": not a report to compare with (\"format\" is \"" + format + "\", expected \""
                    + JsonReportWriter.FORMAT + "\", as written by msb report --format json)");
        }
        try {
            Instant at = Instant.parse(str(root, "generatedAt", name));
            Double overall = score(obj(root, "overall", name), name + ": overall");
            Map<String, Double> controls = new LinkedHashMap<>();
            for (JsonElement e : arr(root, "controls", name)) {
                JsonObject c = e.getAsJsonObject();
                controls.put(str(c, "controlId", name), score(obj(c, "tally", name), name + ": controls"));
            }
            Map<String, Double> accounts = new LinkedHashMap<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (JsonElement e : arr(root, "accounts", name)) {
                JsonObject a = e.getAsJsonObject();
                String id = str(a, "accountId", name) + "/" + str(a, "region", name);
                accounts.put(id, score(obj(a, "tally", name), name + ": accounts"));
                labels.put(id, str(a, "account", name));
            }
            Map<String, Row> rows = new LinkedHashMap<>();
            JsonElement[] results = arr(root, "results", name);
            for (int i = 0; i < results.length; i++) {
                JsonObject r = results[i].getAsJsonObject();
                String id = str(r, "accountId", name) + "/" + str(r, "region", name);
                Row row = new Row(str(r, "account", name), str(r, "controlId", name), str(r, "ruleId", name), str(r, "resourceType", name),
                        str(r, "resourceId", name), ResultState.parse(str(r, "state", name), name + ": results[" + i + "]"));
                rows.put(ResultRow.key(id, row.ruleId(), row.resourceType(), row.resourceId()), row);
            }
            return new EarlierReport(at, overall, controls, accounts, labels, rows);
        } catch (DateTimeParseException | IllegalStateException | UnsupportedOperationException e) {
            throw new InvalidReportInputException(name + ": malformed report: " + e.getMessage(), e);
        }
    }

    private static Double score(JsonObject tally, String where) {
        JsonElement s = tally.get("score");
        if (s == null) throw new InvalidReportInputException(where + ": a tally without \"score\"");
        return s.isJsonNull() ? null : s.getAsDouble();
    }

    private static String str(JsonObject o, String key, String name) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) throw new InvalidReportInputException(name + ": \"" + key + "\" is missing");
        return e.getAsString();
    }

    private static JsonObject obj(JsonObject o, String key, String name) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonObject()) throw new InvalidReportInputException(name + ": \"" + key + "\" is missing or not an object");
        return e.getAsJsonObject();
    }

    private static JsonElement[] arr(JsonObject o, String key, String name) {
        JsonElement e = o.get(key);
        if (e == null || !e.isJsonArray()) throw new InvalidReportInputException(name + ": \"" + key + "\" is missing or not an array");
        JsonElement[] out = new JsonElement[e.getAsJsonArray().size()];
        for (int i = 0; i < out.length; i++) out[i] = e.getAsJsonArray().get(i);
        return out;
    }
}
