package org.msb.model.logs;

/** A filter pattern that is not valid CloudWatch Logs syntax, or uses a form msb does not evaluate; says where and why. */
public final class LogFilterPatternException extends IllegalArgumentException {
    public LogFilterPatternException(String message) { super(message); }
}
