package org.msb.cli.scan;

/** A rule that could not be evaluated at all: a bad parameter, an AWS error, a broken world. Never a verdict. */
public record RuleError(String ruleId, String controlId, String message) {}
