package org.msb.internal.lambda;

import java.time.Duration;
import java.util.Random;
import java.util.function.LongUnaryOperator;

/**
 * Capped exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff And Jitter"):
 * before retry n (0-based) wait a uniformly random time in [0, min(cap, base * 2^n)].
 */
public final class Backoff {
    private final Duration base;
    private final Duration cap;
    private final LongUnaryOperator random;

    /** @param random given a bound b > 0, returns a value in [0, b] */
    Backoff(Duration base, Duration cap, LongUnaryOperator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) throw new IllegalArgumentException("need 0 < base <= cap");
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    public static Backoff of(Duration base, Duration cap) {
        Random r = new Random();
        return new Backoff(base, cap, bound -> bound <= 0 ? 0 : r.nextLong(bound + 1));
    }

    /** The ceiling before retry n: min(cap, base * 2^n). */
    public Duration ceiling(int retry) {
        long capMs = cap.toMillis();
        long ms = base.toMillis();
        for (int i = 0; i < retry && ms < capMs; i++) ms *= 2;
        return Duration.ofMillis(Math.min(ms, capMs));
    }

    public Duration delay(int retry) {
        long ceiling = ceiling(retry).toMillis();
        long d = random.applyAsLong(ceiling);
        return Duration.ofMillis(Math.max(0, Math.min(ceiling, d)));
    }
}
