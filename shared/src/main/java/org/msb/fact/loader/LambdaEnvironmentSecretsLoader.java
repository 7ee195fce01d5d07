package org.msb.fact.loader;

import org.msb.fact.LambdaEnvironmentScan;
import org.msb.fact.LambdaFunctionScan;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.AwsReadException;
import org.msb.internal.live.FactLoader;
import org.msb.model.secrets.ScannedValue;
import org.msb.model.secrets.SecretScanner;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.FunctionConfiguration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code lambda.environmentSecrets}: lambda:ListFunctions returns each function's environment variables; they
 * are scanned here and only names and kinds are kept, so no value leaves this method. A function whose
 * variables Lambda could not return (the customer key that encrypts them is disabled or not usable by the
 * caller) is a failed read naming the function, not an empty environment.
 */
public final class LambdaEnvironmentSecretsLoader implements FactLoader<LambdaEnvironmentScan> {
    @Override
    public LambdaEnvironmentScan load(AwsClients clients) {
        LambdaClient lambda = clients.regional(LambdaClient.class, LambdaClient::builder);
        List<FunctionConfiguration> functions = AwsCall.read("Lambda", "ListFunctions", "lambda:ListFunctions",
                () -> lambda.listFunctionsPaginator(r -> r.maxItems(50)).functions().stream().toList());
        List<LambdaFunctionScan> out = new ArrayList<>(functions.size());
        for (FunctionConfiguration f : functions) {
            var env = f.environment();
            if (env != null && env.error() != null && env.error().errorCode() != null) {
                throw new AwsReadException(AwsReadException.Kind.SERVICE_ERROR, "Lambda", "ListFunctions", env.error().errorCode(),
                        "lambda:ListFunctions", "Lambda ListFunctions could not return the environment variables of function "
                        + f.functionName() + ": " + env.error().errorCode() + " (the KMS key " + f.kmsKeyArn()
                        + " that encrypts them must be enabled and allow the caller kms:Decrypt)", null);
            }
            Map<String, String> variables = env == null ? Map.of() : env.variables();
            List<ScannedValue> candidates = new ArrayList<>();
            variables.forEach((name, value) -> {
                ScannedValue v = SecretScanner.scanVariable(name, value);
                if (!v.isInert()) candidates.add(v);
            });
            out.add(new LambdaFunctionScan(f.functionName(), f.functionArn(), variables.size(), candidates));
        }
        return new LambdaEnvironmentScan(out);
    }
}
