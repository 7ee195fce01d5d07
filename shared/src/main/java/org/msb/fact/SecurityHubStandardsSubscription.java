package org.msb.fact;

/**
 * One enabled standard.
 *
 * @param standardsArn e.g. arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0,
 *                     or the region-less arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0
 * @param status PENDING, READY, FAILED, DELETING or INCOMPLETE; only READY means its controls run
 * @param statusReasonCode e.g. NO_AVAILABLE_CONFIGURATION_RECORDER; null when none
 */
public record SecurityHubStandardsSubscription(String standardsArn, String standardsSubscriptionArn, String status,
                                               String statusReasonCode) {}
