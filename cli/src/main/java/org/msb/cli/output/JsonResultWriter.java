package org.msb.cli.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.stream.JsonWriter;
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

    /**
     * Streams the document (a scan of 100,000 items has as many results; a tree of them would double the peak
     * memory) through the JsonWriter Gson would use, so the text is what {@code GSON.toJson(tree)} wrote.
     */
    @Override
    public void write(ScanResult r, Writer out) throws IOException {
        JsonWriter w = GSON.newJsonWriter(out);
        w.beginObject();
        w.name("format").value(FORMAT);
        w.name("source").value(r.source());
        w.name("accountId").value(r.accountId());
        w.name("region").value(r.region());
        w.name("evaluatedAt").value(r.evaluatedAt().toString());
        ScanResult.Counts c = r.counts();
        w.name("summary").beginObject();
        w.name("compliant").value(c.compliant());
        w.name("nonCompliant").value(c.nonCompliant());
        w.name("compliantByException").value(c.excepted());
        w.name("notApplicable").value(c.notApplicable());
        w.name("insufficientData").value(c.insufficientData());
        w.name("ruleErrors").value(c.errors());
        w.endObject();

        Map<String, RuleSpec> specs = r.rules().stream().map(Rule::spec).collect(Collectors.toMap(RuleSpec::id, Function.identity()));
        w.name("rules").beginArray();
        for (Rule rule : r.rules()) {
            RuleSpec s = rule.spec();
            w.beginObject();
            w.name("ruleId").value(s.id());
            w.name("controlId").value(s.controlId());
            w.name("section").value(s.section().name());
            w.name("title").value(s.title());
            w.name("baseline").value(s.baseline());
            w.name("severity").value(s.severity().name());
            w.endObject();
        }
        w.endArray();

        w.name("results").beginArray();
        for (RuleResult x : r.results()) {
            w.beginObject();
            w.name("ruleId").value(x.ruleId());
            w.name("controlId").value(x.controlId());
            w.name("section").value(specs.get(x.ruleId()).section().name());
            w.name("resourceType").value(x.evaluation().resourceType());
            w.name("resourceId").value(x.evaluation().resourceId());
            w.name("compliance").value(x.compliance().name());
            w.name("compliantByException").value(x.compliantByException());
            if (x.evaluation().annotation() != null) w.name("annotation").value(x.evaluation().annotation());
            w.name("orderingTimestamp").value(x.evaluation().orderingTimestamp().toString());
            if (x.exception() != null) {
                w.name("exception").beginObject();
                w.name("id").value(x.exception().id());
                w.name("status").value(x.exception().status().name());
                w.name("approver").value(x.exception().approver());
                w.name("reason").value(x.exception().reason());
                w.name("validUntil").value(x.exception().validUntil().toString());
                w.name("source").value(x.exception().source());
                w.endObject();
            }
            w.endObject();
        }
        w.endArray();

        w.name("errors").beginArray();
        for (RuleError e : r.errors()) {
            w.beginObject();
            w.name("ruleId").value(e.ruleId());
            w.name("controlId").value(e.controlId());
            w.name("message").value(e.message());
            w.endObject();
        }
        w.endArray();
        w.endObject();
        w.flush();
        out.write("\n");
        out.flush();
    }
}
