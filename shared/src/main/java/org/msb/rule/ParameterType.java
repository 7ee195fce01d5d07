package org.msb.rule;

/** How a rule parameter's string value is read. Config passes every value as a string. */
public enum ParameterType {
    /** A whole number, optionally within a range. */
    INT,
    /** Exactly "true" or "false" (lower case, as AWS managed rules read them). */
    BOOLEAN,
    /** Free text, optionally matching a pattern. */
    STRING,
    /** Comma-separated values, each optionally matching a pattern; blanks are dropped. */
    CSV,
    /** One of a fixed set of values. */
    CHOICE
}
