package org.msb.register;

/** Where an exception stands on a given day. Only VALID turns a failure into COMPLIANT. */
public enum ExceptionStatus {
    VALID, EXPIRED, ATTESTATION_OVERDUE
}
