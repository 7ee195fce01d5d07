package org.msb.cli.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The report as a "msb-report/1" JSON document (docs/report-format.md); also the input of {@code --compare}. */
public final class JsonReportWriter implements ReportWriter {
    public static final String FORMAT = "msb-report/1";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create();

    @Override
    public void write(ReportModel r, Writer out) throws IOException {
        GSON.toJson(toJson(r), out);
        out.write("\n");
        out.flush();
    }

    public static JsonObject toJson(ReportModel r) {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("generatedAt", r.generatedAt().toString());
        root.add("overall", tally(r.overall()));

        JsonArray accounts = new JsonArray();
        for (AccountReport a : r.accounts()) {
            JsonObject o = account(a.key());
            o.addProperty("source", a.source());
            o.addProperty("evaluatedAt", a.evaluatedAt().toString());
            o.addProperty("rules", a.rules());
            o.add("tally", tally(a.tally()));
            accounts.add(o);
        }
        root.add("accounts", accounts);

        JsonArray sections = new JsonArray();
        for (SectionReport s : r.sections()) {
            JsonObject o = new JsonObject();
            o.addProperty("section", s.section().name());
            o.addProperty("title", s.section().title());
            o.add("controls", strings(s.controlIds()));
            o.add("tally", tally(s.tally()));
            sections.add(o);
        }
        root.add("sections", sections);

        JsonArray controls = new JsonArray();
        for (ControlReport c : r.controls()) {
            JsonObject o = new JsonObject();
            o.addProperty("controlId", c.controlId());
            o.addProperty("section", c.section().name());
            o.add("rules", strings(c.ruleIds()));
            o.addProperty("title", c.title());
            o.addProperty("baseline", c.baseline());
            o.addProperty("severity", c.severity().name());
            o.add("tally", tally(c.tally()));
            JsonArray cells = new JsonArray();
            for (MatrixCell m : r.matrix().row(c.controlId())) {
                JsonObject x = account(m.account());
                x.addProperty("state", m.state().name());
                x.addProperty("nonCompliant", m.tally().nonCompliant());
                x.add("exceptionIds", strings(m.exceptionIds()));
                x.addProperty("score", Scores.rounded(m.tally().score()));
                cells.add(x);
            }
            o.add("matrix", cells);
            controls.add(o);
        }
        root.add("controls", controls);

        JsonArray results = new JsonArray();
        for (ResultRow x : r.rows()) {
            JsonObject o = account(x.account());
            o.addProperty("controlId", x.controlId());
            o.addProperty("ruleId", x.ruleId());
            o.addProperty("resourceType", x.resourceType());
            o.addProperty("resourceId", x.resourceId());
            o.addProperty("state", x.state().name());
            o.addProperty("annotation", x.annotation());
            o.addProperty("exceptionId", x.exception() == null ? null : x.exception().id());
            results.add(o);
        }
        root.add("results", results);

        JsonArray exceptions = new JsonArray();
        for (ExceptionEntry e : r.exceptions()) {
            JsonObject o = account(e.account());
            o.addProperty("id", e.id());
            o.addProperty("controlId", e.controlId());
            o.addProperty("ruleId", e.ruleId());
            o.addProperty("resourceType", e.resourceType());
            o.addProperty("resourceId", e.resourceId());
            o.addProperty("status", e.status().name());
            o.addProperty("approver", e.approver());
            o.addProperty("reason", e.reason());
            o.addProperty("validUntil", e.validUntil() == null ? null : e.validUntil().toString());
            o.addProperty("daysLeft", e.daysLeft());
            o.addProperty("expiringSoon", e.expiringSoon());
            o.addProperty("source", e.source());
            exceptions.add(o);
        }
        root.add("exceptions", exceptions);
        if (r.trend() != null) root.add("trend", trend(r.trend()));
        return root;
    }

    private static JsonObject trend(Trend t) {
        JsonObject o = new JsonObject();
        o.addProperty("comparedWith", t.earlierGeneratedAt().toString());
        o.add("overall", change(t.overall()));
        JsonArray controls = new JsonArray();
        t.controls().forEach(c -> controls.add(change(c)));
        o.add("controls", controls);
        JsonArray accounts = new JsonArray();
        t.accounts().forEach(c -> accounts.add(change(c)));
        o.add("accounts", accounts);
        o.add("newlyFailing", changes(t.newlyFailing()));
        o.add("fixed", changes(t.fixed()));
        o.add("otherChanges", changes(t.otherChanges()));
        return o;
    }

    private static JsonObject change(Trend.ScoreChange c) {
        JsonObject o = new JsonObject();
        o.addProperty("name", c.name());
        o.addProperty("before", Scores.rounded(c.before()));
        o.addProperty("after", Scores.rounded(c.after()));
        o.addProperty("delta", Scores.rounded(c.delta()));
        return o;
    }

    private static JsonArray changes(List<Trend.ResourceChange> cs) {
        JsonArray a = new JsonArray();
        for (Trend.ResourceChange c : cs) {
            JsonObject o = new JsonObject();
            o.addProperty("account", c.account());
            o.addProperty("controlId", c.controlId());
            o.addProperty("ruleId", c.ruleId());
            o.addProperty("resourceType", c.resourceType());
            o.addProperty("resourceId", c.resourceId());
            o.addProperty("before", c.before() == null ? null : c.before().name());
            o.addProperty("after", c.after() == null ? null : c.after().name());
            o.addProperty("annotation", c.annotation());
            a.add(o);
        }
        return a;
    }

    private static JsonObject account(AccountKey k) {
        JsonObject o = new JsonObject();
        o.addProperty("account", k.label());
        o.addProperty("accountId", k.accountId());
        o.addProperty("region", k.region());
        return o;
    }

    static JsonObject tally(Tally t) {
        JsonObject o = new JsonObject();
        o.addProperty("compliant", t.compliant());
        o.addProperty("nonCompliant", t.nonCompliant());
        o.addProperty("compliantByException", t.excepted());
        o.addProperty("notApplicable", t.notApplicable());
        o.addProperty("insufficientData", t.insufficientData());
        o.addProperty("errors", t.errors());
        o.addProperty("score", Scores.rounded(t.score()));
        return o;
    }

    private static JsonArray strings(List<String> xs) {
        JsonArray a = new JsonArray();
        xs.forEach(a::add);
        return a;
    }
}
