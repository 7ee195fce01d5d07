package org.msb.internal.live;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.msb.error.FactUnavailableException;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.testkit.TestAwsClients;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Items by id: one listing of the type however many lookups, and the same answers as a scan of the list. */
class LiveAccountViewLookupTest {
    static final String BUCKET = "AWS::S3::Bucket";
    // never called: the source below serves every item
    private final AwsClients clients = TestAwsClients.at(URI.create("http://127.0.0.1:9"), "us-east-1");

    @AfterEach void close() { clients.close(); }

    /** A source of generated buckets that counts how often it is listed. */
    static final class Buckets implements ItemSource {
        final List<ConfigurationItem> items = new ArrayList<>();
        final AtomicInteger listed = new AtomicInteger();

        Buckets(int n) {
            for (int i = 0; i < n; i++) items.add(bucket("bucket-" + i, "first"));
            items.add(bucket("bucket-7", "duplicate"));  // a second item of an id: the first one wins, as with a scan
        }

        @Override public boolean covers(String t) { return t.equals(BUCKET); }

        @Override public List<ConfigurationItem> items(String t) { listed.incrementAndGet(); return List.copyOf(items); }

        @Override public String describe(String t) { return "test"; }

        @Override public String whyNot(String t) { return "the test source has buckets only"; }
    }

    static ConfigurationItem bucket(String name, String marker) {
        return ConfigurationItemParser.parse("""
                {"configurationItemStatus": "OK", "resourceType": "AWS::S3::Bucket", "resourceId": "%s", "resourceName": "%s",
                 "tags": {"marker": "%s"}, "configuration": {"name": "%s"}}""".formatted(name, name, marker, name));
    }

    @Test
    void item_listsTheTypeOnce_forThousandsOfLookups() {
        Buckets source = new Buckets(5_000);
        LiveAccountView view = new LiveAccountView(clients, "123456789012", List.of(source));

        for (int i = 0; i < 5_000; i++) {
            assertEquals("bucket-" + i, view.item(BUCKET, "bucket-" + i).orElseThrow().resourceId());
        }

        assertEquals(1, source.listed.get(), "one listing, not one per lookup");
    }

    @Test
    void item_answersAsAScanOfTheListDoes() {
        Buckets source = new Buckets(20);
        LiveAccountView view = new LiveAccountView(clients, "123456789012", List.of(source));

        assertEquals("first", view.item(BUCKET, "bucket-7").orElseThrow().tag("marker"), "the first item of a duplicated id");
        assertSame(view.items(BUCKET).get(3), view.item(BUCKET, "bucket-3").orElseThrow());
        assertTrue(view.item(BUCKET, "no-such-bucket").isEmpty());
    }

    @Test
    void item_ofATypeNoSourceCovers_isUnavailableNotEmpty() {
        LiveAccountView view = new LiveAccountView(clients, "123456789012", List.of(new Buckets(1)));

        FactUnavailableException e = assertThrows(FactUnavailableException.class, () -> view.item("AWS::EC2::SecurityGroup", "sg-1"));

        assertEquals("items:AWS::EC2::SecurityGroup", e.fact());
    }
}
