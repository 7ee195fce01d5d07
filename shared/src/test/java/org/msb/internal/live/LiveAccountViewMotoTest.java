package org.msb.internal.live;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.error.FactUnavailableException;
import org.msb.fact.Fact;
import org.msb.item.ConfigurationItem;
import org.msb.testkit.MotoServer;
import org.msb.testkit.SchemaPaths;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3control.S3ControlClient;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveAccountViewMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    /** Counts how often a type is really listed. */
    static final class CountingSource implements ItemSource {
        final ItemSource inner;
        final AtomicInteger calls = new AtomicInteger();

        CountingSource(ItemSource inner) { this.inner = inner; }

        @Override public boolean covers(String t) { return inner.covers(t); }

        @Override public List<ConfigurationItem> items(String t) { calls.incrementAndGet(); return inner.items(t); }

        @Override public String describe(String t) { return inner.describe(t); }

        @Override public String whyNot(String t) { return inner.whyNot(t); }
    }

    @Test
    void items_areListedOncePerView_evenWhenManyThreadsAsk() throws Exception {
        CountingSource source = new CountingSource(new DescribeItemSource(MOTO.clients(), MotoServer.ACCOUNT_ID, Clock.systemUTC()));
        LiveAccountView view = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID, List.of(source));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<List<ConfigurationItem>> read = () -> view.items("AWS::EC2::SecurityGroup");
            List<Future<List<ConfigurationItem>>> results = pool.invokeAll(java.util.Collections.nCopies(16, read));
            List<ConfigurationItem> first = results.get(0).get();
            for (Future<List<ConfigurationItem>> f : results) assertSame(first, f.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, source.calls.get());

        MOTO.clients().regional(Ec2Client.class, Ec2Client::builder).createSecurityGroup(r -> r.groupName("later").description("later"));
        assertTrue(view.items("AWS::EC2::SecurityGroup").stream().noneMatch(i -> "later".equals(i.resourceName())), "the view keeps what it read");
        assertEquals(1, source.calls.get());
    }

    @Test
    void fact_whenLoaderClassMissing_isUnavailableWithTheClassName() {
        Fact<String> ghost = new Fact<>("test.ghost", String.class, List.of("ghost:Read"), "org.msb.fact.loader.NoSuchLoader", false, "none");
        LiveAccountView view = new LiveAccountView(MOTO.clients(), MotoServer.ACCOUNT_ID);

        FactUnavailableException e = assertThrows(FactUnavailableException.class, () -> view.fact(ghost));

        assertEquals("test.ghost", e.fact());
        assertTrue(e.getMessage().contains("org.msb.fact.loader.NoSuchLoader is not on the class path"), e.getMessage());
    }

    @Test
    void callerIdentity_isMotosAccount() {
        CallerIdentity me = CallerIdentity.of(MOTO.clients());

        assertEquals(MotoServer.ACCOUNT_ID, me.account());
        assertTrue(me.arn().startsWith("arn:aws:"), me.arn());
    }

    @Test
    void accountPublicAccessBlock_throughS3ControlAgainstTheEmulator() {
        DescribeItemSource source = new DescribeItemSource(MOTO.clients(), MotoServer.ACCOUNT_ID, Clock.systemUTC());
        assertEquals(List.of(), source.items("AWS::S3::AccountPublicAccessBlock"), "no account-level block, no item (as in Config)");

        S3ControlClient s3control = S3ControlClients.of(MOTO.clients());
        s3control.putPublicAccessBlock(r -> r.accountId(MotoServer.ACCOUNT_ID).publicAccessBlockConfiguration(c -> c
                .blockPublicAcls(true).ignorePublicAcls(true).blockPublicPolicy(true).restrictPublicBuckets(false)));

        List<ConfigurationItem> items = source.items("AWS::S3::AccountPublicAccessBlock");
        assertEquals(1, items.size());
        ConfigurationItem item = items.get(0);
        assertEquals(MotoServer.ACCOUNT_ID, item.resourceId());
        assertTrue(item.property("blockPublicPolicy").isTrue());
        assertEquals(false, item.property("restrictPublicBuckets").bool());
        assertEquals(Set.of(), SchemaPaths.unknownPaths(item));
    }
}
