package org.msb.fact;

/**
 * Whether Security Hub is enabled in this region (DescribeHub) and who administers it (GetAdministratorAccount).
 *
 * @param notEnabledReason AWS's message when it is not (InvalidAccessException); null when enabled
 * @param administratorAccountId the Security Hub administrator of this member account; null when none
 * @param administratorMemberStatus e.g. Enabled, Associated, Invited, Removed; null when no administrator
 */
public record SecurityHubStatus(boolean enabled, String notEnabledReason, String hubArn, String subscribedAt,
                                String administratorAccountId, String administratorMemberStatus) {}
