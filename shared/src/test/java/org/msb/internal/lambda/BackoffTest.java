package org.msb.internal.lambda;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BackoffTest {
    final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), bound -> bound);  // "random" = the ceiling

    @Test
    void ceiling_whenRetriesGrow_doublesUntilTheCap() {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 6; i++) ms.add(backoff.ceiling(i).toMillis());
        assertEquals(List.of(100L, 200L, 400L, 800L, 1000L, 1000L), ms);
    }

    @Test
    void delay_whenRandomPicksZeroOrTheBound_staysWithinZeroAndTheCeiling() {
        assertEquals(Duration.ZERO, new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), b -> 0).delay(3));
        assertEquals(Duration.ofMillis(800), backoff.delay(3));
        // a generator that overshoots is clamped to the ceiling
        assertEquals(Duration.ofMillis(800), new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), b -> b * 10).delay(3));
    }

    @Test
    void delay_whenRealRandom_isFullJitterBelowTheCeiling() {
        Backoff real = Backoff.of(Duration.ofMillis(100), Duration.ofSeconds(1));
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200; i++) {
            long d = real.delay(4).toMillis();
            if (d < 0 || d > 1000) throw new AssertionError(d + " outside [0, 1000]");
            seen.add(d);
        }
        if (seen.size() < 20) throw new AssertionError("no jitter: " + seen);
    }

    @Test
    void constructor_whenCapBelowBase_refuses() {
        assertThrows(IllegalArgumentException.class, () -> Backoff.of(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    }
}
