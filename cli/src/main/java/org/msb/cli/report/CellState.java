package org.msb.cli.report;

/**
 * What one matrix cell (an account and a control) shows. Precedence when a control has results of several
 * states: any non-compliant resource makes it NON_COMPLIANT; then ERROR, INSUFFICIENT_DATA (the control
 * could not be fully judged), EXCEPTION (passes only by exception), COMPLIANT, NOT_APPLICABLE.
 * NOT_SCANNED: the control's rule was not part of that account's scan.
 */
public enum CellState {
    NON_COMPLIANT, ERROR, INSUFFICIENT_DATA, EXCEPTION, COMPLIANT, NOT_APPLICABLE, NOT_SCANNED;

    static CellState of(Tally t) {
        if (t.nonCompliant() > 0) return NON_COMPLIANT;
        if (t.errors() > 0) return ERROR;
        if (t.insufficientData() > 0) return INSUFFICIENT_DATA;
        if (t.excepted() > 0) return EXCEPTION;
        if (t.compliant() > 0) return COMPLIANT;
        return NOT_APPLICABLE;
    }
}
