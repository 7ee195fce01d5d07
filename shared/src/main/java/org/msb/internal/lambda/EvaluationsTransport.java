package org.msb.internal.lambda;

import org.msb.rule.Evaluation;

import java.util.List;

/**
 * One Config PutEvaluations call, made once (the {@link EvaluationSender} owns batching, retries and resends).
 * Failures are thrown as the SDK's exceptions ({@code SdkServiceException} for an AWS error answer,
 * {@code SdkClientException} with an {@code IOException} cause when no answer came), so every transport is
 * classified by the same rules.
 */
@FunctionalInterface
public interface EvaluationsTransport {
    /** An evaluation Config listed in FailedEvaluations, by resource type and id. */
    record Failed(String resourceType, String resourceId) {}

    /** @return the evaluations of {@code batch} Config did not take (FailedEvaluations); empty when it took all */
    List<Failed> put(String resultToken, List<Evaluation> batch, boolean testMode);
}
