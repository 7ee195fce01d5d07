package org.msb.cli.deploy;

/** How to wait for AWS: the sleeper (tests pass one that does not sleep), time between polls, when to give up. */
record Waiting(Sleeper sleeper, long pollMillis, long timeoutMillis) {
    static Waiting of(Sleeper sleeper, long pollSeconds, long timeoutSeconds) { return new Waiting(sleeper, pollSeconds * 1000, timeoutSeconds * 1000); }
}
