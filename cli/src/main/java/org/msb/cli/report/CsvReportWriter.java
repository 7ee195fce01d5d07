package org.msb.cli.report;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/**
 * One row per account, control and resource (RFC 4180, header row), for spreadsheets. A rule that could not
 * be evaluated is one ERROR row with an empty resource. {@code change} is filled when an earlier report was
 * compared: NEWLY_FAILING, FIXED, or "CHANGED from STATE".
 */
public final class CsvReportWriter implements ReportWriter {
    public static final String[] HEADER = {"account", "account_id", "region", "section", "control_id", "rule_id", "severity",
            "resource_type", "resource_id", "state", "annotation", "exception_id", "exception_status", "exception_approver",
            "exception_valid_until", "exception_expiring_soon", "change"};

    @Override
    public void write(ReportModel r, Writer out) throws IOException {
        Map<String, ControlReport> controls = new HashMap<>();
        r.controls().forEach(c -> controls.put(c.controlId(), c));
        Map<String, String> changes = changes(r.trend());
        CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get());
        for (ResultRow x : r.rows()) {
            ExceptionEntry e = x.exception();
            p.printRecord(x.account().label(), x.account().accountId(), x.account().region(), x.section().name(), x.controlId(),
                    x.ruleId(), controls.get(x.controlId()).severity().name(), x.resourceType(), x.resourceId(), x.state().name(),
                    nz(x.annotation()), e == null ? "" : e.id(), e == null ? "" : e.status().name(), e == null ? "" : nz(e.approver()),
                    e == null || e.validUntil() == null ? "" : e.validUntil().toString(), e == null ? "" : String.valueOf(e.expiringSoon()),
                    changes.getOrDefault(key(x.account().label(), x.ruleId(), x.resourceType(), x.resourceId()), ""));
        }
        p.flush();
    }

    private static Map<String, String> changes(Trend t) {
        Map<String, String> m = new HashMap<>();
        if (t == null) return m;
        t.newlyFailing().forEach(c -> m.put(key(c), "NEWLY_FAILING"));
        t.fixed().forEach(c -> m.put(key(c), "FIXED"));
        t.otherChanges().forEach(c -> m.put(key(c), "CHANGED from " + (c.before() == null ? "not reported" : c.before().name())));
        return m;
    }

    private static String key(Trend.ResourceChange c) { return key(c.account(), c.ruleId(), c.resourceType(), c.resourceId()); }

    private static String key(String account, String rule, String type, String id) { return account + " " + rule + " " + type + " " + id; }

    private static String nz(String s) { return s == null ? "" : s; }
}
