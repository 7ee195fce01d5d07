package org.msb.cli;

/**
 * Exit codes of {@code msb}, for pipelines (also in the README):
 * 0 every result compliant (by exception included) or not applicable; 1 msb could not run (bad file,
 * AWS error before evaluation, internal error); 2 bad usage; 3 at least one NON_COMPLIANT result;
 * 4 no NON_COMPLIANT, but some rule could not be fully evaluated (ERROR or INSUFFICIENT_DATA).
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int NON_COMPLIANT = 3;
    public static final int INCOMPLETE = 4;

    private ExitCodes() {}
}
