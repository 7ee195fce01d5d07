package org.msb.cli.report;

import org.msb.register.ExceptionStatus;

import java.time.LocalDate;

/**
 * An exception the scan considered for a failing resource: VALID made it compliant by exception, EXPIRED or
 * ATTESTATION_OVERDUE left it non-compliant. {@code daysLeft} counts from the scan's date to validUntil;
 * {@code expiringSoon} marks a valid exception that ends within {@link #SOON_DAYS} days. Both dates are null when
 * the source did not say: live AWS Config keeps only the annotation, which its 256-character limit may cut before
 * the date, and an exception never attested has no due date.
 */
public record ExceptionEntry(AccountKey account, String controlId, String ruleId, String resourceType, String resourceId,
                             String id, ExceptionStatus status, String approver, String reason, LocalDate validUntil,
                             String source, Long daysLeft, boolean expiringSoon) {
    public static final int SOON_DAYS = 30;

    /** The date, or "unknown". */
    public String validUntilText() { return validUntil == null ? "unknown" : validUntil.toString(); }

    /** "16 days", or "unknown". */
    public String daysLeftText() { return daysLeft == null ? "unknown" : daysLeft + " days"; }
}
