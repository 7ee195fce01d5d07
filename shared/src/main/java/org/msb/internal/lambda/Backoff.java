package org.msb.internal.lambda;

import java.security.SecureRandom;
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

    /**
     * With a random source created on first use, not with the handler: a SnapStart snapshot must not hold a
     * seeded generator, or every restored instance would jitter in step.
     */
    public static Backoff of(Duration base, Duration cap) {
        LazyRandom r = new LazyRandom();
        return new Backoff(base, cap, bound -> bound <= 0 ? 0 : r.get().nextLong(bound + 1));
    }

    /** A generator made when first asked for. */
    static final class LazyRandom {
        private volatile Random random;

        Random get() {
            Random r = random;
            if (r == null) {
                synchronized (this) {
                    if (random == null) random = new SecureRandom();
                    r = random;
                }
            }
            return r;
        }

        boolean created() { return random != null; }
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
