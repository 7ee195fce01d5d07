package org.msb.cli.report;

/**
 * Output formats of {@code msb report}: the report itself (text, csv, json, html), or one Security Hub finding per
 * result (asff for BatchImportFindings, ocsf for OCSF Compliance Findings).
 */
public enum ReportFormat {
    text, csv, json, html, asff, ocsf;

    /** Findings are written per result from the scans, not from the report's roll-up. */
    public boolean findings() { return this == asff || this == ocsf; }
}
