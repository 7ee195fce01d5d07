package org.msb.engine;

import org.msb.error.DeadlineReachedException;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When an invocation must stop starting new work: Lambda's remaining time (read live, e.g. from
 * {@code Context::getRemainingTimeInMillis}) is at or below a safety margin of max(10 s, 10% of the time there
 * was at the start), which leaves room to report what was not done before Lambda kills the function.
 * {@link #NONE} never comes (local runs, scans).
 */
public final class Deadline {
    public static final Duration MIN_MARGIN = Duration.ofSeconds(10);
    public static final Deadline NONE = new Deadline(() -> Long.MAX_VALUE, Duration.ZERO);

    private final LongSupplier remainingMillis;
    private final Duration margin;

    private Deadline(LongSupplier remainingMillis, Duration margin) {
        this.remainingMillis = remainingMillis;
        this.margin = margin;
    }

    /** From a live reading of the time left; the margin is fixed now from the time there is at the start. */
    public static Deadline of(LongSupplier remainingMillis) {
        long atStart = remainingMillis.getAsLong();
        Duration margin = Duration.ofMillis(Math.max(MIN_MARGIN.toMillis(), atStart / 10));
        return new Deadline(remainingMillis, margin);
    }

    public Duration margin() { return margin; }

    public long remainingMillis() { return remainingMillis.getAsLong(); }

    /** True once the time left is at or below the margin: start nothing new. */
    public boolean reached() { return this != NONE && remainingMillis() <= margin.toMillis(); }

    /**
     * Throws when the deadline is reached, before {@code next} starts.
     *
     * @param next what would start now, e.g. "reading items of AWS::S3::Bucket"
     * @param done what this invocation has done so far, e.g. "read items of 2 types (1,000 items) and 1 fact"
     */
    public void check(String next, String done) {
        if (reached()) throw new DeadlineReachedException(describe() + "; stopped before " + next + " (done: " + done + ")");
    }

    /** "1,200 ms of Lambda time left, within the 10,000 ms safety margin". */
    public String describe() {
        return String.format("%,d ms of Lambda time left, within the %,d ms safety margin", remainingMillis(), margin.toMillis());
    }
}
