package org.msb.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a report with an earlier one. Per resource: newly failing (NON_COMPLIANT now, anything else or
 * absent before), fixed (NON_COMPLIANT before, COMPLIANT now), any other change of state listed apart
 * (e.g. passing only by a new exception is not "fixed"). Scores: deltas overall, per control and per account.
 */
public final class TrendCalculator {

    public Trend compare(EarlierReport before, ReportModel now) {
        Trend.ScoreChange overall = new Trend.ScoreChange("overall", before.overall(), now.overall().score());

        List<Trend.ScoreChange> controls = new ArrayList<>();
        Set<String> controlIds = new LinkedHashSet<>();
        now.controls().forEach(c -> controlIds.add(c.controlId()));
        controlIds.addAll(before.controls().keySet());
        Map<String, Double> nowControls = new LinkedHashMap<>();
        now.controls().forEach(c -> nowControls.put(c.controlId(), c.tally().score()));
        for (String id : controlIds) controls.add(new Trend.ScoreChange(id, before.controls().get(id), nowControls.get(id)));

        List<Trend.ScoreChange> accounts = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>(before.accountLabels());
        Map<String, Double> nowAccounts = new LinkedHashMap<>();
        for (AccountReport a : now.accounts()) {
            nowAccounts.put(a.key().id(), a.tally().score());
            labels.put(a.key().id(), a.key().label());
        }
        Set<String> accountIds = new LinkedHashSet<>(nowAccounts.keySet());
        accountIds.addAll(before.accounts().keySet());
        for (String id : accountIds) accounts.add(new Trend.ScoreChange(labels.get(id), before.accounts().get(id), nowAccounts.get(id)));

        Map<String, ResultRow> nowRows = new LinkedHashMap<>();
        now.rows().forEach(r -> nowRows.put(r.key(), r));
        Set<String> keys = new LinkedHashSet<>(nowRows.keySet());
        keys.addAll(before.rows().keySet());
        List<Trend.ResourceChange> newlyFailing = new ArrayList<>(), fixed = new ArrayList<>(), other = new ArrayList<>();
        for (String k : keys) {
            ResultRow n = nowRows.get(k);
            EarlierReport.Row b = before.rows().get(k);
            ResultState was = b == null ? null : b.state(), is = n == null ? null : n.state();
            if (was == is) continue;
            Trend.ResourceChange c = n != null
                    ? new Trend.ResourceChange(n.account().label(), n.controlId(), n.ruleId(), n.resourceType(), n.resourceId(), was, is, n.annotation())
                    : new Trend.ResourceChange(b.account(), b.controlId(), b.ruleId(), b.resourceType(), b.resourceId(), was, null, null);
            if (is == ResultState.NON_COMPLIANT) newlyFailing.add(c);
            else if (was == ResultState.NON_COMPLIANT && is == ResultState.COMPLIANT) fixed.add(c);
            else other.add(c);
        }
        return new Trend(before.generatedAt(), overall, controls, accounts, newlyFailing, fixed, other);
    }
}
