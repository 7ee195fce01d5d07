package org.msb.internal.lambda.lean;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

/**
 * Where a service is called: {@code AWS_ENDPOINT_URL_<SERVICE>} (the SDKs' service-specific override, e.g.
 * {@code AWS_ENDPOINT_URL_CONFIG_SERVICE}), else {@code AWS_ENDPOINT_URL} (or the override given in code, for
 * emulators and tests), else the service's regional endpoint {@code https://<prefix>.<region>.<dns suffix>}.
 *
 * @param override one endpoint for every service, or null
 * @param env the environment, for the service-specific overrides
 */
public record Endpoints(URI override, Map<String, String> env) {
    public Endpoints {
        env = env == null ? Map.of() : Map.copyOf(env);
    }

    /** One endpoint for every service (tests, LocalInvoke, an emulator), or null for AWS. */
    public static Endpoints of(URI override) { return new Endpoints(override, Map.of()); }

    /**
     * @param envKey the service's key in {@code AWS_ENDPOINT_URL_<KEY>}: CONFIG_SERVICE, S3, SSM, STS
     * @param prefix the host prefix of its regional endpoint: config, s3, ssm, sts
     */
    public URI of(String envKey, String prefix, String region) {
        String specific = env.get("AWS_ENDPOINT_URL_" + envKey.toUpperCase(Locale.ROOT));
        if (specific != null && !specific.isBlank()) return URI.create(specific.strip());
        if (override != null) return override;
        return URI.create("https://" + prefix + "." + region + "." + Partitions.of(region).dnsSuffix());
    }

    /** True when calls go to an override rather than AWS (path-style S3 addressing then). */
    public boolean overridden(String envKey) {
        String specific = env.get("AWS_ENDPOINT_URL_" + envKey.toUpperCase(Locale.ROOT));
        return override != null || (specific != null && !specific.isBlank());
    }
}
