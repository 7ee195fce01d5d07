package org.msb.cli.report;

/** Output formats of {@code msb report}. */
public enum ReportFormat { text, csv, json, html }
