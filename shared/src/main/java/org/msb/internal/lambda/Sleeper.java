package org.msb.internal.lambda;

import java.time.Duration;

/** Waits between retries; tests pass one that records instead of waiting. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = d -> Thread.sleep(d.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
