/**
 * Scan results as security findings: AWS Security Finding Format for Security Hub's BatchImportFindings
 * ({@link org.msb.cli.report.findings.AsffFindingsWriter}, {@link org.msb.cli.report.findings.SecurityHubImport})
 * and OCSF Compliance Findings ({@link org.msb.cli.report.findings.OcsfFindingsWriter}). Both write one finding per
 * rule result and per rule error (an error is never left out, and never a pass), with the same id for the same
 * account, region, rule and resource in every run, so a re-import updates rather than duplicates.
 */
package org.msb.cli.report.findings;
