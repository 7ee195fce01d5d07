package org.msb.engine;

import org.msb.register.ExceptionStatus;

import java.time.LocalDate;

/** The exception that was considered for a failing result, and where it stood. */
public record AppliedException(String id, ExceptionStatus status, String approver, String reason,
                               LocalDate validUntil, String source) {}
