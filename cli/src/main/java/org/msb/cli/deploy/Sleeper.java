package org.msb.cli.deploy;

/** Waiting between polls; tests pass one that does not sleep. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = millis -> {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeployException("interrupted while waiting for AWS");
        }
    };

    void sleep(long millis);
}
