package org.msb.cli.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Controls (rows, baseline order) by accounts (columns, in the order given). */
public record ComplianceMatrix(List<String> controlIds, List<AccountKey> accounts, Map<String, Map<String, MatrixCell>> cells) {
    public ComplianceMatrix {
        controlIds = List.copyOf(controlIds);
        accounts = List.copyOf(accounts);
        Map<String, Map<String, MatrixCell>> copy = new LinkedHashMap<>();
        cells.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
        cells = java.util.Collections.unmodifiableMap(copy);
    }

    public MatrixCell cell(String controlId, AccountKey account) {
        MatrixCell c = cells.getOrDefault(controlId, Map.of()).get(account.id());
        if (c == null) throw new IllegalArgumentException("no matrix cell for " + controlId + " in " + account.label());
        return c;
    }

    /** One control's cells, in account order. */
    public List<MatrixCell> row(String controlId) {
        return accounts.stream().map(a -> cell(controlId, a)).toList();
    }
}
