package org.msb.rule;

/** Severity as Security Hub labels it. */
public enum Severity { INFORMATIONAL, LOW, MEDIUM, HIGH, CRITICAL }
