package org.msb.error;

/** A fact could not be read. In Lambda this fails the invocation; offline it becomes INSUFFICIENT_DATA. */
public class FactUnavailableException extends MsbException {
    private final String fact;

    public FactUnavailableException(String fact, String reason) {
        super("Fact " + fact + " is unavailable: " + reason);
        this.fact = fact;
    }

    public FactUnavailableException(String fact, String reason, Throwable cause) {
        super("Fact " + fact + " is unavailable: " + reason, cause);
        this.fact = fact;
    }

    public String fact() { return fact; }
}
