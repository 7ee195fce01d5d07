package org.msb.cli.report;

/**
 * One column of the matrix: an account, and its region. {@code label} is the account id alone unless the
 * report holds several regions of that account, then "account/region".
 */
public record AccountKey(String accountId, String region, String label) {
    /** Identifies the account and region regardless of the label (used to match an earlier report). */
    public String id() { return accountId + "/" + region; }
}
