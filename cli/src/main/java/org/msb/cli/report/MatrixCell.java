package org.msb.cli.report;

import java.util.List;

/** One account's standing on one control: its state, the counts behind it, and the exceptions that apply. */
public record MatrixCell(AccountKey account, String controlId, CellState state, Tally tally, List<String> exceptionIds) {
    public MatrixCell { exceptionIds = List.copyOf(exceptionIds); }

    /** Short text for the cell, e.g. "NON_COMPLIANT (3)" or "EXCEPTION (1: EX-7)". */
    public String text() {
        return switch (state) {
            case NON_COMPLIANT -> "NON_COMPLIANT (" + tally.nonCompliant() + ")";
            case EXCEPTION -> "EXCEPTION (" + exceptionIds.size() + ": " + String.join(", ", exceptionIds) + ")";
            case ERROR -> "ERROR";
            case NOT_SCANNED -> "-";
            default -> state.name();
        };
    }
}
