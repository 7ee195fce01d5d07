package org.msb.fact;

/**
 * One analyzer.
 *
 * @param type ACCOUNT, ORGANIZATION (external access), ACCOUNT_UNUSED_ACCESS, ORGANIZATION_UNUSED_ACCESS,
 *             ACCOUNT_INTERNAL_ACCESS, ORGANIZATION_INTERNAL_ACCESS
 * @param status ACTIVE, CREATING, DISABLED or FAILED
 * @param statusReason the reason code when not active, e.g. AWS_SERVICE_ACCESS_DISABLED; null otherwise
 */
public record AccessAnalyzer(String name, String arn, String type, String status, String statusReason) {}
