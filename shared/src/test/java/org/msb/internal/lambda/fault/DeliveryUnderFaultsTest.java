package org.msb.internal.lambda.fault;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.msb.internal.lambda.AccountViewFactory;
import org.msb.internal.lambda.ConfigRuleHandler;
import org.msb.internal.lambda.ContainerClients;
import org.msb.internal.lambda.Delivery;
import org.msb.internal.lambda.DeliveryException;
import org.msb.internal.lambda.TaggedBucketRule;
import org.msb.internal.lambda.lean.Endpoints;
import org.msb.internal.lambda.lean.LeanHttp;
import org.msb.internal.live.AwsClients;
import org.msb.internal.world.StaticAccountView;
import org.msb.item.ConfigurationItem;
import org.msb.item.ItemStatus;
import org.msb.rule.Evaluation;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, Lambda side: the handler delivers a periodic rule's 1,000 evaluations (10 PutEvaluations batches)
 * to a Config endpoint that throttles, fails with 500, times out, resets connections and answers with partial
 * FailedEvaluations at set rates (seeded, so a run repeats). Every evaluation must end up delivered, or the
 * invocation must fail with a DeliveryException naming it; none is lost silently. Duplicates (a reply lost
 * after Config stored the batch, then the retry) are counted, not hidden. The figures go to
 * target/fault-injection.md.
 */
class DeliveryUnderFaultsTest {
    static final int RESOURCES = 1000;
    static final long[] SEEDS = {11, 23, 37, 41, 59};
    static final String ACCOUNT = "111122223333", REGION = "us-east-1";
    static final Duration READ_TIMEOUT = Duration.ofMillis(150);
    static final Map<Integer, String> FIGURES = new TreeMap<>();

    record Run(int calls, Map<FaultyConfigEndpoint.Fault, Integer> injected, int expected, int delivered, int undelivered,
               int storedUnique, int duplicated, int lost, boolean failed) {}

    @ParameterizedTest(name = "fault rate {0}%")
    @ValueSource(ints = {0, 5, 20, 40, 70})
    void everyEvaluationIsDeliveredOrNamed_noneLost(int percent) throws Exception {
        List<Run> runs = new ArrayList<>();
        for (long seed : SEEDS) runs.add(run(seed * 1000 + percent, percent / 100.0));

        for (Run r : runs) {
            assertEquals(0, r.lost(), "evaluations lost silently: " + r);
            assertEquals(r.expected(), r.delivered() + r.undelivered(), "delivered + named as undelivered = expected: " + r);
            if (!r.failed()) assertEquals(r.expected(), r.storedUnique(), "a successful invocation stored every evaluation: " + r);
        }
        if (percent == 0) {
            runs.forEach(r -> assertEquals(0, r.duplicated() + r.undelivered() + r.calls() % 10, "no fault, no retry: " + r));
        } else {
            assertTrue(runs.stream().mapToInt(r -> r.calls()).sum() > runs.size() * 10, "faults were injected and retried");
        }
        FIGURES.put(percent, row(percent, runs));
    }

    private Run run(long seed, double rate) throws Exception {
        try (FaultyConfigEndpoint endpoint = new FaultyConfigEndpoint(seed, rate, READ_TIMEOUT.toMillis() * 2)) {
            URI uri = URI.create(endpoint.url());
            AwsClients.Settings settings = new AwsClients.Settings(Region.of(REGION), uri,
                    StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAIOSFODNN7FAULTS", "secret")), 5);
            ContainerClients clients = new ContainerClients(settings, Endpoints.of(uri), new LeanHttp(Duration.ofSeconds(1), READ_TIMEOUT));
            StaticAccountView world = new StaticAccountView(ACCOUNT, REGION, buckets(), Map.of(), "not in the test world");
            AccountViewFactory views = (c, accountId) -> world;
            ConfigRuleHandler handler = new ConfigRuleHandler(new TaggedBucketRule(), clients, views,
                    Clock.fixed(Instant.parse("2026-03-02T00:05:00Z"), ZoneOffset.UTC), d -> {},
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

            List<Evaluation> delivered;
            List<Evaluation> undelivered = List.of();
            boolean failed = false;
            try {
                Delivery d = handler.invoke(scheduledEvent(), "fault-" + seed);
                delivered = d.delivered();
            } catch (DeliveryException e) {
                failed = true;  // loud: the invocation fails and names what it did not deliver
                delivered = e.partial().delivered();
                undelivered = e.undelivered();
            }
            Map<String, Integer> stored = endpoint.stored();
            Set<String> accounted = new HashSet<>();
            int lost = 0;
            for (Evaluation e : delivered) {
                String k = e.resourceType() + "|" + e.resourceId();
                if (!stored.containsKey(k)) lost++;  // claimed delivered but Config never stored it
                accounted.add(k);
            }
            for (Evaluation e : undelivered) accounted.add(e.resourceType() + "|" + e.resourceId());
            lost += RESOURCES - accounted.size();  // neither delivered nor named
            int duplicated = stored.values().stream().mapToInt(n -> n - 1).sum();
            return new Run(endpoint.putEvaluationsCalls(), endpoint.injected(), RESOURCES, delivered.size(), undelivered.size(),
                    stored.size(), duplicated, lost, failed);
        }
    }

    static List<ConfigurationItem> buckets() {
        List<ConfigurationItem> out = new ArrayList<>();
        for (int i = 0; i < RESOURCES; i++) {
            String name = "bucket-" + i;
            Map<String, String> tags = i % 3 == 0 ? Map.of() : Map.of("owner", "team-" + (i % 7));
            out.add(new ConfigurationItem(ACCOUNT, "arn:aws:s3:::" + name, REGION, "AWS::S3::Bucket", name, name, ItemStatus.OK,
                    Instant.parse("2026-03-01T08:00:00Z"), Instant.parse("2025-01-01T00:00:00Z"), "Regional", null, null, tags, null));
        }
        return out;
    }

    static byte[] scheduledEvent() throws IOException {
        try (InputStream in = DeliveryUnderFaultsTest.class.getResourceAsStream("/lambda/events/scheduled.json")) {
            return in.readAllBytes();
        }
    }

    private static String row(int percent, List<Run> runs) {
        Map<FaultyConfigEndpoint.Fault, Integer> injected = new TreeMap<>();
        runs.forEach(r -> r.injected().forEach((k, v) -> injected.merge(k, v, Integer::sum)));
        injected.remove(FaultyConfigEndpoint.Fault.NONE);
        int calls = runs.stream().mapToInt(Run::calls).sum();
        return "| " + percent + "% | " + runs.size() + " | " + calls + " | " + injected + " | " + runs.stream().mapToInt(Run::expected).sum()
                + " | " + runs.stream().mapToInt(Run::delivered).sum() + " | " + runs.stream().mapToInt(Run::undelivered).sum()
                + " | " + runs.stream().filter(Run::failed).count() + " | " + runs.stream().mapToInt(Run::duplicated).sum()
                + " | " + runs.stream().mapToInt(Run::lost).sum() + " |";
    }

    @AfterAll
    static void printFigures() throws IOException {
        if (FIGURES.isEmpty()) return;
        StringBuilder b = new StringBuilder("| fault rate | runs | PutEvaluations calls | faults injected | expected | delivered "
                + "| named undelivered | invocations failed loudly | duplicated | lost |\n|---|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        FIGURES.values().forEach(r -> b.append(r).append('\n'));
        System.out.println(b);
        Path out = Path.of("target", "fault-injection.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, b.toString());
    }
}
