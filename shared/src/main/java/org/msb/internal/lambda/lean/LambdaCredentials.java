package org.msb.internal.lambda.lean;

import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The function's own credentials, from where Lambda puts them, without walking the SDK's default chain (which
 * loads profile files, web identity and IMDS code on the way): the container credentials endpoint when it is
 * set (SnapStart functions get their credentials this way), else the environment variables of a plain
 * function; only a local run with neither falls back to the default chain. The choice is made per
 * resolution, from the environment of that moment, so a function restored from a snapshot uses what the
 * restored environment offers, not what the init phase saw; each provider caches and refreshes as the SDK does.
 */
public final class LambdaCredentials implements AwsCredentialsProvider {
    private final Supplier<Map<String, String>> env;
    private volatile AwsCredentialsProvider container;
    private volatile AwsCredentialsProvider fallback;

    LambdaCredentials(Supplier<Map<String, String>> env) {
        this.env = env;
    }

    /** Reads the process environment at each resolution. */
    public static LambdaCredentials fromEnvironment() { return new LambdaCredentials(System::getenv); }

    @Override
    public AwsCredentials resolveCredentials() {
        Map<String, String> e = env.get();
        if (set(e, "AWS_CONTAINER_CREDENTIALS_FULL_URI") || set(e, "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")) {
            AwsCredentialsProvider c = container;
            if (c == null) container = c = ContainerCredentialsProvider.builder().build();
            return c.resolveCredentials();
        }
        if (set(e, "AWS_ACCESS_KEY_ID")) return EnvironmentVariableCredentialsProvider.create().resolveCredentials();
        AwsCredentialsProvider f = fallback;
        if (f == null) fallback = f = DefaultCredentialsProvider.builder().build();
        return f.resolveCredentials();
    }

    private static boolean set(Map<String, String> env, String name) {
        String v = env.get(name);
        return v != null && !v.isBlank();
    }
}
