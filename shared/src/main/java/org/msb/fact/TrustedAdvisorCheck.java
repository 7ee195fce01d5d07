package org.msb.fact;

/**
 * One check and its summary.
 *
 * @param status ok (green), warning (yellow), error (red) or not_available
 * @param refreshedAt when Trusted Advisor last ran the check, as AWS gives it
 */
public record TrustedAdvisorCheck(String id, String name, String category, String status, long resourcesFlagged, String refreshedAt) {}
