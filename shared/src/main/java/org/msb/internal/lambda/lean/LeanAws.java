package org.msb.internal.lambda.lean;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

import java.time.Clock;

/**
 * The framework's own AWS calls for one identity in one region, over the lean transport: Config
 * PutEvaluations, the exception register (S3 or SSM), and roles assumed with this identity.
 */
public final class LeanAws {
    private final String region;
    private final Endpoints endpoints;
    private final SigV4Transport transport;
    private final AwsCredentialsProvider credentials;

    public LeanAws(String region, Endpoints endpoints, AwsCredentialsProvider credentials, LeanHttp http) {
        this.region = region;
        this.endpoints = endpoints;
        this.credentials = credentials;
        this.transport = new SigV4Transport(credentials, http);
    }

    public String region() { return region; }

    public AwsCredentialsProvider credentials() { return credentials; }

    public ConfigEvaluations config() { return new ConfigEvaluations(transport, endpoints.of("CONFIG_SERVICE", "config", region), region); }

    public S3Objects s3() { return new S3Objects(transport, endpoints, region); }

    public SsmParameters ssm() { return new SsmParameters(transport, endpoints.of("SSM", "ssm", region), region); }

    /** Credentials of {@code roleArn}, assumed with this identity through the regional STS endpoint. */
    public AssumedRoleCredentials assume(String roleArn, String sessionName) {
        return new AssumedRoleCredentials(transport, endpoints.of("STS", "sts", region), region, roleArn, sessionName, Clock.systemUTC());
    }

    /** The same calls made with other credentials (an assumed role), sharing the HTTP settings. */
    public LeanAws with(AwsCredentialsProvider other, LeanHttp http) { return new LeanAws(region, endpoints, other, http); }
}
