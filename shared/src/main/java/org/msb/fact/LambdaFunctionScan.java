package org.msb.fact;

import org.msb.model.secrets.ScannedValue;

import java.util.List;

/**
 * What the secret scan saw in one Lambda function's environment variables: how many there are, and the traits
 * of those that could hold a secret (never a value).
 */
public record LambdaFunctionScan(String functionName, String functionArn, int variableCount, List<ScannedValue> candidates) {
    public LambdaFunctionScan {
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }
}
