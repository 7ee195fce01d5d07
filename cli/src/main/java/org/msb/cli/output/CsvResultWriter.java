package org.msb.cli.output;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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

/** One row per result (and per rule error), for spreadsheets. */
public final class CsvResultWriter implements ResultWriter {
    static final String[] HEADER = {"account_id", "region", "section", "control_id", "rule_id", "severity", "resource_type",
            "resource_id", "compliance", "compliant_by_exception", "exception_id", "exception_status", "exception_valid_until",
            "annotation"};

    @Override
    public void write(ScanResult r, Writer out) throws IOException {
        Map<String, RuleSpec> specs = r.rules().stream().map(Rule::spec).collect(Collectors.toMap(RuleSpec::id, Function.identity()));
        CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        for (RuleResult x : r.results()) {
            RuleSpec s = specs.get(x.ruleId());
            p.printRecord(r.accountId(), r.region(), s.section().name(), s.controlId(), s.id(), s.severity().name(),
                    x.evaluation().resourceType(), x.evaluation().resourceId(), x.compliance().name(), x.compliantByException(),
                    x.exception() == null ? "" : x.exception().id(), x.exception() == null ? "" : x.exception().status().name(),
                    x.exception() == null ? "" : x.exception().validUntil().toString(),
                    x.evaluation().annotation() == null ? "" : x.evaluation().annotation());
        }
        for (RuleError e : r.errors()) {
            RuleSpec s = specs.get(e.ruleId());
            p.printRecord(r.accountId(), r.region(), s.section().name(), s.controlId(), s.id(), s.severity().name(),
                    "", "", "ERROR", false, "", "", "", e.message());
        }
        p.flush();
    }
}
