package org.msb.testkit;

import org.msb.internal.live.AwsClients;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;

/**
 * {@link AwsClients} for an emulator or a stub server: dummy credentials and a single attempt per call (an
 * emulator's HTTP 500 for an operation it lacks, or a stubbed error, must fail at once, not be retried).
 */
public final class TestAwsClients {
    public static final AwsBasicCredentials CREDENTIALS = AwsBasicCredentials.create("testing", "testing");

    private TestAwsClients() {}

    public static AwsClients at(URI endpoint, String region) {
        return new AwsClients(new AwsClients.Settings(Region.of(region), endpoint, StaticCredentialsProvider.create(CREDENTIALS), 1));
    }
}
