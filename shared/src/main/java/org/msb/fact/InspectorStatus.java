package org.msb.fact;

import java.util.Map;

/**
 * Amazon Inspector's state for this account in one region, as {@code inspector2:BatchGetAccountStatus} reports
 * it: the account state and the status of each scan type ({@code EC2}, {@code ECR}, {@code LAMBDA},
 * {@code LAMBDA_CODE}: ENABLED, ENABLING, DISABLED, DISABLING, SUSPENDED...). A scan type Inspector does not
 * report for the account is {@link #NOT_REPORTED}.
 */
public record InspectorStatus(String accountId, String state, Map<String, String> resourceState) {
    public static final String NOT_REPORTED = "NOT_REPORTED";

    public InspectorStatus { resourceState = resourceState == null ? Map.of() : Map.copyOf(resourceState); }

    /** The status of one scan type, e.g. {@code status("EC2")}. */
    public String status(String scanType) { return resourceState.getOrDefault(scanType, NOT_REPORTED); }
}
