package org.msb.cli.report;

import org.msb.register.ExceptionStatus;

import java.time.LocalDate;

/**
 * An exception the scan considered for a failing resource: VALID made it compliant by exception, EXPIRED or
 * ATTESTATION_OVERDUE left it non-compliant. {@code daysLeft} counts from the scan's date to validUntil;
 * {@code expiringSoon} marks a valid exception that ends within {@link #SOON_DAYS} days.
 */
public record ExceptionEntry(AccountKey account, String controlId, String ruleId, String resourceType, String resourceId,
                             String id, ExceptionStatus status, String approver, String reason, LocalDate validUntil,
                             String source, long daysLeft, boolean expiringSoon) {
    public static final int SOON_DAYS = 30;
}
