package org.msb.engine;

import org.junit.jupiter.api.Test;
import org.msb.account.AccountView;
import org.msb.error.DeadlineReachedException;
import org.msb.fact.Fact;
import org.msb.internal.world.StaticAccountView;
import org.msb.item.ConfigurationItem;
import org.msb.item.ItemStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

class DeadlineTest {
    @Test
    void margin_isTenSecondsOrTenPercentOfTheTimeAtStart() {
        assertEquals(Duration.ofSeconds(10), Deadline.of(() -> 60_000).margin());
        assertEquals(Duration.ofSeconds(90), Deadline.of(() -> 900_000).margin());
    }

    @Test
    void reached_whenTimeLeftDropsToTheMargin() {
        AtomicLong left = new AtomicLong(60_000);
        Deadline d = Deadline.of(left::get);
        left.set(10_001);
        assertFalse(d.reached());
        left.set(10_000);
        assertTrue(d.reached());
        assertFalse(Deadline.NONE.reached());
    }

    @Test
    void accountView_whenReachedBetweenReads_namesWhatWasReadAndWhatWasNext() {
        AtomicLong left = new AtomicLong(60_000);
        ConfigurationItem bucket = new ConfigurationItem("111122223333", "arn:aws:s3:::b", "us-east-1", "AWS::S3::Bucket", "b", "b",
                ItemStatus.OK, Instant.parse("2026-03-01T00:00:00Z"), null, "Regional", null, null, Map.of(), null);
        var view = DeadlineAccountView.of(new StaticAccountView("111122223333", "us-east-1", List.of(bucket), Map.of(), "test"),
                Deadline.of(left::get));
        assertEquals(1, view.items("AWS::S3::Bucket").size());
        left.set(5_000);
        Fact<String> fact = new Fact<>("test.fact", String.class, List.of("s3:GetThing"), "x.Loader", true, "d");
        DeadlineReachedException e = assertThrows(DeadlineReachedException.class, () -> view.fact(fact));
        assertEquals("5,000 ms of Lambda time left, within the 10,000 ms safety margin; stopped before loading fact test.fact "
                + "(done: read items AWS::S3::Bucket (1), nothing evaluated or sent)", e.getMessage());
    }

    @Test
    void accountView_lookingUpItemsById_usesTheViewsOwnLookupNotAScanPerLookup() {
        ConfigurationItem bucket = new ConfigurationItem("111122223333", "arn:aws:s3:::b", "us-east-1", "AWS::S3::Bucket", "b", "b",
                ItemStatus.OK, Instant.parse("2026-03-01T00:00:00Z"), null, "Regional", null, null, Map.of(), null);
        AtomicLong listings = new AtomicLong();
        AtomicLong lookups = new AtomicLong();
        AccountView counting = new AccountView() {
            public String accountId() { return "111122223333"; }
            public String region() { return "us-east-1"; }
            public List<ConfigurationItem> items(String type) { listings.incrementAndGet(); return List.of(bucket); }
            public java.util.Optional<ConfigurationItem> item(String type, String id) { lookups.incrementAndGet(); return java.util.Optional.of(bucket); }
            public <T> T fact(Fact<T> fact) { throw new AssertionError(); }
        };
        var view = DeadlineAccountView.of(counting, Deadline.of(() -> 60_000));
        view.items("AWS::S3::Bucket");
        for (int i = 0; i < 100; i++) assertEquals(bucket, view.item("AWS::S3::Bucket", "b").orElseThrow());
        assertEquals(1, listings.get(), "one listing, however many lookups");
        assertEquals(100, lookups.get());
    }

    @Test
    void accountView_withoutDeadline_isTheViewItself() {
        var view = new StaticAccountView("111122223333", "us-east-1", List.of(), Map.of(), "test");
        assertSame(view, DeadlineAccountView.of(view, Deadline.NONE));
    }
}
