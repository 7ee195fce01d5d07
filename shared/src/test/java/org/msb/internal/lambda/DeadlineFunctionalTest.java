package org.msb.internal.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.error.DeadlineReachedException;
import org.msb.item.ConfigurationItem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Comparator;
import java.util.List;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.*;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Lambda deadlines end to end: a periodic rule over 1,000 resources, a Context whose remaining time drops by a
 * fixed amount with every AWS call the stub serves (a fake clock: no real time is measured), and the handler
 * must stop before the PutEvaluations batch that would start inside the safety margin, failing with what it
 * did not deliver.
 */
class DeadlineFunctionalTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final long TIMEOUT_MS = 60_000;  // margin: max(10 s, 6 s) = 10 s
    static final long PER_CALL_MS = 8_000;

    AwsStubs aws;
    Harness h;

    @BeforeEach
    void setUp() {
        aws = new AwsStubs(wm);
        h = new Harness(wm.baseUrl());
        aws.acceptEvaluations();
        aws.noEarlierResults();
    }

    /** Lambda's context: the time left is the timeout minus PER_CALL_MS for each request the stub has served. */
    Context context(long timeoutMs) {
        Context c = mock(Context.class);
        when(c.getAwsRequestId()).thenReturn("req-deadline");
        when(c.getRemainingTimeInMillis()).thenAnswer(i -> (int) (timeoutMs - PER_CALL_MS * wm.getAllServeEvents().size()));
        return c;
    }

    static ConfigurationItem[] buckets(int n) {
        ConfigurationItem[] items = new ConfigurationItem[n];
        for (int i = 0; i < n; i++) items[i] = Harness.bucket(String.format("bucket-%04d", i), "owner", "team-" + i);
        return items;
    }

    @Test
    void periodicOverManyResources_whenTimeRunsOut_stopsBeforeTheBatchInsideTheMarginAndNamesWhatWasNotDelivered() {
        ConfigRuleHandler handler = h.handler(buckets(1000));
        byte[] event = Events.bytes(Events.load("scheduled.json"));

        DeliveryException e = assertThrows(DeliveryException.class, () -> handler.handleRequest(
                new ByteArrayInputStream(event), new ByteArrayOutputStream(), context(TIMEOUT_MS)));

        // 1 stale clean-up read, then batch b starts with 60 - 8*b s left: batches 1-6 go (12 s left before the 6th), the 7th would start with 4 s
        List<JsonObject> sent = aws.sentEvaluations();
        assertEquals(600, sent.size());
        assertEquals(6, aws.configRequests("PutEvaluations").size());
        assertEquals(600, e.partial().delivered().size(), "what was sent before is counted");
        assertEquals(6, e.partial().calls());
        assertEquals(400, e.undelivered().size(), "every evaluation not sent is handed back, not only named");
        assertEquals("bucket-0600", e.undelivered().get(0).resourceId());
        assertTrue(e.getMessage().contains("stopped before PutEvaluations batch 7 of 10: 400 of 1000 evaluation(s) not delivered: "
                + "AWS::S3::Bucket bucket-0600, AWS::S3::Bucket bucket-0601"), e.getMessage());
        assertTrue(e.getMessage().contains("and 390 more; 600 delivered before"), e.getMessage());
        assertTrue(e.getMessage().contains("4,000 ms of Lambda time left, within the 10,000 ms safety margin"), e.getMessage());

        // no PutEvaluations started inside the margin: the time left when each one started, by the fake clock
        List<ServeEvent> served = wm.getAllServeEvents().stream().sorted(Comparator.comparing(s -> s.getRequest().getLoggedDate())).toList();
        for (int i = 0; i < served.size(); i++) {
            String target = served.get(i).getRequest().getHeader("X-Amz-Target");
            long leftAtStart = TIMEOUT_MS - PER_CALL_MS * i;
            if (target.endsWith("PutEvaluations")) assertTrue(leftAtStart > 10_000, "PutEvaluations #" + i + " started with " + leftAtStart + " ms left");
        }

        JsonObject line = h.invocationLine();
        assertEquals("FAILED", line.get("outcome").getAsString());
        assertTrue(h.logText().contains("400 of 1000 evaluation(s) not delivered"), h.logText());
    }

    @Test
    void periodic_whenTimeIsAmple_deliversEverything() throws Exception {
        ConfigRuleHandler handler = h.handler(buckets(1000));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(Events.bytes(Events.load("scheduled.json"))), out, context(900_000));
        assertEquals(1000, aws.sentEvaluations().size());
        assertTrue(out.toString().contains("\"delivered\":1000"), out.toString());
    }

    @Test
    void periodic_whenTheMarginIsReachedBeforeReading_readsNothingSendsNothingAndSaysSo() {
        ConfigRuleHandler handler = h.handler(buckets(10));
        byte[] event = Events.bytes(Events.load("scheduled.json"));
        DeadlineReachedException e = assertThrows(DeadlineReachedException.class, () -> handler.handleRequest(
                new ByteArrayInputStream(event), new ByteArrayOutputStream(), context(9_000)));
        assertTrue(e.getMessage().startsWith("9,000 ms of Lambda time left, within the 10,000 ms safety margin; stopped before reading the items of AWS::S3::Bucket"),
                e.getMessage());
        assertTrue(e.getMessage().contains("nothing read yet; nothing evaluated or sent"), e.getMessage());
        assertEquals(0, aws.configRequests("PutEvaluations").size());
        assertEquals("FAILED", h.invocationLine().get("outcome").getAsString());
    }
}
