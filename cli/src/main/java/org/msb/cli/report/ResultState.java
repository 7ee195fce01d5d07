package org.msb.cli.report;

import org.msb.engine.RuleResult;

/** The state of one resource's result in a report; EXCEPTION is compliant only by a valid exception. */
public enum ResultState {
    COMPLIANT, NON_COMPLIANT, EXCEPTION, NOT_APPLICABLE, INSUFFICIENT_DATA, ERROR;

    static ResultState of(RuleResult r) {
        if (r.compliantByException()) return EXCEPTION;
        return switch (r.compliance()) {
            case COMPLIANT -> COMPLIANT;
            case NON_COMPLIANT -> NON_COMPLIANT;
            case NOT_APPLICABLE -> NOT_APPLICABLE;
            case INSUFFICIENT_DATA -> INSUFFICIENT_DATA;
        };
    }

    static ResultState parse(String s, String where) {
        try {
            return valueOf(s);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidReportInputException(where + ": unknown result state \"" + s + "\"; expected one of "
                    + java.util.Arrays.toString(values()));
        }
    }

}
