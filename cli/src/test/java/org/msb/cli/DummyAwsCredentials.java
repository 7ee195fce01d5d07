package org.msb.cli;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Dummy keys for the class's CLI runs, as system properties the SDK's default credential chain reads, so
 * {@code msb scan --live} against moto finds credentials exactly as it would on a user's machine.
 */
public final class DummyAwsCredentials implements BeforeAllCallback, AfterAllCallback {
    @Override public void beforeAll(ExtensionContext context) {
        System.setProperty("aws.accessKeyId", "testing");
        System.setProperty("aws.secretAccessKey", "testing");
    }

    @Override public void afterAll(ExtensionContext context) {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }
}
