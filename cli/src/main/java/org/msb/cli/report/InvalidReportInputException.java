package org.msb.cli.report;

import org.msb.error.MsbException;

/** A scan result, earlier report or evidence directory that cannot be read; names the file and what was wrong. */
public class InvalidReportInputException extends MsbException {
    public InvalidReportInputException(String message) { super(message); }
    public InvalidReportInputException(String message, Throwable cause) { super(message, cause); }
}
