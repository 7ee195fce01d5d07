package org.msb.cli.report;

import org.msb.cli.scan.RuleCatalog;
import org.msb.cli.scan.RuleError;
import org.msb.cli.scan.ScanResult;
import org.msb.engine.AppliedException;
import org.msb.engine.RuleResult;
import org.msb.register.ExceptionStatus;
import org.msb.rule.Rule;
import org.msb.rule.RuleSpec;
import org.msb.rule.Section;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the report model from scan results (one per account and region), whatever their source.
 * A global rule (IAM, Organizations...) sees the same resources from every region of an account: each
 * region's matrix cell and score show it, but the control, section and overall figures count each global
 * resource once per account (the first region given), so several regions do not multiply them.
 */
public final class ReportBuilder {

    public ReportModel build(List<ScanResult> scans, Instant generatedAt) {
        if (scans.isEmpty()) throw new IllegalArgumentException("nothing to report: no scan results");
        List<AccountKey> keys = keys(scans);

        // every rule of every scan, in baseline order, grouped by control
        Map<String, RuleSpec> specs = new HashMap<>();
        List<Rule> allRules = new ArrayList<>();
        for (ScanResult s : scans) {
            for (Rule r : s.rules()) if (specs.putIfAbsent(r.spec().id(), r.spec()) == null) allRules.add(r);
        }
        Map<String, List<RuleSpec>> byControl = new LinkedHashMap<>();
        for (Rule r : RuleCatalog.of(allRules).rules()) byControl.computeIfAbsent(r.spec().controlId(), k -> new ArrayList<>()).add(r.spec());

        List<ResultRow> rows = new ArrayList<>();
        List<AccountReport> accounts = new ArrayList<>();
        Map<String, Map<String, MatrixCell>> cells = new LinkedHashMap<>();
        byControl.keySet().forEach(c -> cells.put(c, new LinkedHashMap<>()));
        for (int i = 0; i < scans.size(); i++) {
            ScanResult scan = scans.get(i);
            AccountKey key = keys.get(i);
            LocalDate day = LocalDate.ofInstant(scan.evaluatedAt(), ZoneOffset.UTC);
            List<ResultRow> scanRows = new ArrayList<>();
            for (RuleResult r : scan.results()) {
                RuleSpec spec = spec(specs, r.ruleId(), scan);
                scanRows.add(new ResultRow(key, spec.section(), spec.controlId(), spec.id(), r.evaluation().resourceType(),
                        r.evaluation().resourceId(), ResultState.of(r), r.evaluation().annotation(), exception(key, r, day)));
            }
            for (RuleError e : scan.errors()) {
                RuleSpec spec = spec(specs, e.ruleId(), scan);
                scanRows.add(new ResultRow(key, spec.section(), spec.controlId(), spec.id(), "", "", ResultState.ERROR, e.message(), null));
            }
            rows.addAll(scanRows);
            accounts.add(new AccountReport(key, scan.source(), scan.evaluatedAt(), scan.rules().size(), tally(scanRows)));
            Set<String> scannedRules = new HashSet<>();
            scan.rules().forEach(r -> scannedRules.add(r.spec().id()));
            for (Map.Entry<String, List<RuleSpec>> c : byControl.entrySet()) {
                boolean scanned = c.getValue().stream().anyMatch(s -> scannedRules.contains(s.id()));
                List<ResultRow> mine = scanRows.stream().filter(x -> x.controlId().equals(c.getKey())).toList();
                Tally t = tally(mine);
                List<String> exIds = mine.stream().filter(x -> x.state() == ResultState.EXCEPTION).map(x -> x.exception().id()).distinct().toList();
                cells.get(c.getKey()).put(key.id(), new MatrixCell(key, c.getKey(), scanned ? CellState.of(t) : CellState.NOT_SCANNED, t, exIds));
            }
        }

        List<ResultRow> counted = onceForGlobalRules(rows, specs);
        List<ControlReport> controls = new ArrayList<>();
        for (Map.Entry<String, List<RuleSpec>> c : byControl.entrySet()) {
            RuleSpec first = c.getValue().get(0);
            List<ResultRow> mine = counted.stream().filter(x -> x.controlId().equals(c.getKey())).toList();
            controls.add(new ControlReport(c.getKey(), first.section(), c.getValue().stream().map(RuleSpec::id).toList(),
                    first.title(), first.baseline(), first.severity(), tally(mine),
                    mine.stream().filter(x -> x.state() == ResultState.NON_COMPLIANT).toList(),
                    mine.stream().map(ResultRow::exception).filter(e -> e != null).toList(),
                    mine.stream().filter(x -> x.state() == ResultState.INSUFFICIENT_DATA || x.state() == ResultState.ERROR).toList()));
        }
        List<SectionReport> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            List<ControlReport> in = controls.stream().filter(c -> c.section() == s).toList();
            if (in.isEmpty()) continue;
            sections.add(new SectionReport(s, in.stream().map(ControlReport::controlId).toList(),
                    in.stream().map(ControlReport::tally).reduce(Tally.ZERO, Tally::plus)));
        }
        List<ExceptionEntry> exceptions = counted.stream().map(ResultRow::exception).filter(e -> e != null).toList();
        return new ReportModel(generatedAt, accounts, sections, controls,
                new ComplianceMatrix(List.copyOf(byControl.keySet()), keys, cells), tally(counted), rows, exceptions, null);
    }

    /** Every row, except repeats of a global rule's result for the same account, rule and resource from another region. */
    static List<ResultRow> onceForGlobalRules(List<ResultRow> rows, Map<String, RuleSpec> specs) {
        Set<String> seen = new HashSet<>();
        List<ResultRow> out = new ArrayList<>();
        for (ResultRow r : rows) {
            if (specs.get(r.ruleId()).global() && !seen.add(ResultRow.key(r.account().accountId(), r.ruleId(), r.resourceType(), r.resourceId()))) continue;
            out.add(r);
        }
        return out;
    }

    static Tally tally(List<ResultRow> rows) {
        int[] n = new int[ResultState.values().length];
        for (ResultRow r : rows) n[r.state().ordinal()]++;
        return new Tally(n[ResultState.COMPLIANT.ordinal()], n[ResultState.NON_COMPLIANT.ordinal()], n[ResultState.EXCEPTION.ordinal()],
                n[ResultState.NOT_APPLICABLE.ordinal()], n[ResultState.INSUFFICIENT_DATA.ordinal()], n[ResultState.ERROR.ordinal()]);
    }

    private static ExceptionEntry exception(AccountKey key, RuleResult r, LocalDate day) {
        AppliedException e = r.exception();
        if (e == null) return null;
        Long daysLeft = e.validUntil() == null ? null : ChronoUnit.DAYS.between(day, e.validUntil());
        boolean soon = e.status() == ExceptionStatus.VALID && daysLeft != null && daysLeft >= 0 && daysLeft <= ExceptionEntry.SOON_DAYS;
        return new ExceptionEntry(key, r.controlId(), r.ruleId(), r.evaluation().resourceType(), r.evaluation().resourceId(),
                e.id(), e.status(), e.approver(), e.reason(), e.validUntil(), e.source(), daysLeft, soon);
    }

    private static RuleSpec spec(Map<String, RuleSpec> specs, String ruleId, ScanResult scan) {
        RuleSpec s = specs.get(ruleId);
        if (s == null) throw new InvalidReportInputException(scan.source() + ": result of rule " + ruleId + ", which the scan does not list");
        return s;
    }

    /** Matrix columns: the account id, plus the region when the report holds several regions of that account. */
    static List<AccountKey> keys(List<ScanResult> scans) {
        Map<String, Set<String>> regions = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (ScanResult s : scans) {
            if (!seen.add(s.accountId() + "/" + s.region())) {
                throw new InvalidReportInputException("two scan results for account " + s.accountId() + " in " + s.region()
                        + " (" + s.source() + "); give each account and region once");
            }
            regions.computeIfAbsent(s.accountId(), k -> new HashSet<>()).add(s.region());
        }
        return scans.stream().map(s -> new AccountKey(s.accountId(), s.region(),
                regions.get(s.accountId()).size() > 1 ? s.accountId() + "/" + s.region() : s.accountId())).toList();
    }
}
