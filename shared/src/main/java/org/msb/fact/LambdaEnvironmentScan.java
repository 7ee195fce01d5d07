package org.msb.fact;

import java.util.List;
import java.util.Optional;

/**
 * Every Lambda function of one region with the result of scanning its environment variables for secrets
 * (lambda:ListFunctions). Configuration items do not hold environment variables; this fact carries only
 * names and kinds, so a captured world never contains a secret.
 */
public record LambdaEnvironmentScan(List<LambdaFunctionScan> functions) {
    public LambdaEnvironmentScan {
        functions = functions == null ? List.of() : List.copyOf(functions);
    }

    public Optional<LambdaFunctionScan> function(String nameOrArn) {
        return functions.stream().filter(f -> nameOrArn.equals(f.functionName()) || nameOrArn.equals(f.functionArn())).findFirst();
    }
}
