package org.msb.internal.lambda.lean;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

import java.util.Map;

/**
 * The function's own credentials, from where Lambda puts them, without walking the SDK's default chain (which
 * loads profile files, web identity and IMDS code on the way): the container credentials endpoint when it is
 * set (SnapStart functions get their credentials this way, so they are fetched after restore and refreshed
 * before they expire), else the environment variables of a plain function. Only a local run with neither
 * falls back to the default chain.
 */
public final class LambdaCredentials {
    private LambdaCredentials() {}

    public static AwsCredentialsProvider fromEnvironment(Map<String, String> env) {
        if (set(env, "AWS_CONTAINER_CREDENTIALS_FULL_URI") || set(env, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")) {
            return ContainerCredentialsProvider.builder().build();  // reads the URI and token when it resolves
        }
        if (set(env, "AWS_ACCESS_KEY_ID")) return EnvironmentVariableCredentialsProvider.create();  // read per call
        return DefaultCredentialsProvider.builder().build();
    }

    private static boolean set(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }
}
