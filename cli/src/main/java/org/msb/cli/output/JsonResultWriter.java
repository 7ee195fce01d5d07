package org.msb.cli.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.cli.scan.RuleError;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.RuleResult;
import org.msb.rule.Rule;
import org.msb.rule.RuleSpec;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Machine-readable results ("msb-scan/1"): the input of {@code msb report} and of pipelines. */
public final class JsonResultWriter implements ResultWriter {
    public static final String FORMAT = "msb-scan/1";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    @Override
    public void write(ScanResult r, Writer out) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("format", FORMAT);
        root.addProperty("source", r.source());
        root.addProperty("accountId", r.accountId());
        root.addProperty("region", r.region());
        root.addProperty("evaluatedAt", r.evaluatedAt().toString());
        ScanResult.Counts c = r.counts();
        JsonObject summary = new JsonObject();
        summary.addProperty("compliant", c.compliant());
        summary.addProperty("nonCompliant", c.nonCompliant());
        summary.addProperty("compliantByException", c.excepted());
        summary.addProperty("notApplicable", c.notApplicable());
        summary.addProperty("insufficientData", c.insufficientData());
        summary.addProperty("ruleErrors", c.errors());
        root.add("summary", summary);

        Map<String, RuleSpec> specs = r.rules().stream().map(Rule::spec).collect(Collectors.toMap(RuleSpec::id, Function.identity()));
        JsonArray rules = new JsonArray();
        for (Rule rule : r.rules()) {
            RuleSpec s = rule.spec();
            JsonObject o = new JsonObject();
            o.addProperty("ruleId", s.id());
            o.addProperty("controlId", s.controlId());
            o.addProperty("section", s.section().name());
            o.addProperty("title", s.title());
            o.addProperty("baseline", s.baseline());
            o.addProperty("severity", s.severity().name());
            rules.add(o);
        }
        root.add("rules", rules);

        JsonArray results = new JsonArray();
        for (RuleResult x : r.results()) {
            JsonObject o = new JsonObject();
            o.addProperty("ruleId", x.ruleId());
            o.addProperty("controlId", x.controlId());
            o.addProperty("section", specs.get(x.ruleId()).section().name());
            o.addProperty("resourceType", x.evaluation().resourceType());
            o.addProperty("resourceId", x.evaluation().resourceId());
            o.addProperty("compliance", x.compliance().name());
            o.addProperty("compliantByException", x.compliantByException());
            if (x.evaluation().annotation() != null) o.addProperty("annotation", x.evaluation().annotation());
            o.addProperty("orderingTimestamp", x.evaluation().orderingTimestamp().toString());
            if (x.exception() != null) {
                JsonObject e = new JsonObject();
                e.addProperty("id", x.exception().id());
                e.addProperty("status", x.exception().status().name());
                e.addProperty("approver", x.exception().approver());
                e.addProperty("reason", x.exception().reason());
                e.addProperty("validUntil", x.exception().validUntil().toString());
                e.addProperty("source", x.exception().source());
                o.add("exception", e);
            }
            results.add(o);
        }
        root.add("results", results);

        JsonArray errors = new JsonArray();
        for (RuleError e : r.errors()) {
            JsonObject o = new JsonObject();
            o.addProperty("ruleId", e.ruleId());
            o.addProperty("controlId", e.controlId());
            o.addProperty("message", e.message());
            errors.add(o);
        }
        root.add("errors", errors);
        GSON.toJson(root, out);
        out.write("\n");
        out.flush();
    }
}
