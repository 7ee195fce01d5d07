package org.msb.error;

/** A rule parameter that fails validation: names the parameter, the value and what is accepted. */
public class InvalidParameterException extends MsbException {
    private final String parameter;

    public InvalidParameterException(String parameter, String value, String accepted) {
        super("Invalid rule parameter " + parameter + "=" + quote(value) + ": expected " + accepted);
        this.parameter = parameter;
    }

    public InvalidParameterException(String message) {
        super(message);
        this.parameter = null;
    }

    public String parameter() { return parameter; }

    private static String quote(String v) { return v == null ? "null" : "\"" + v + "\""; }
}
