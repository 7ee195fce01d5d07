package org.msb.internal.lambda;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.internal.live.AwsClients;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PutEvaluations over real HTTP: retries, FailedEvaluations, and what an undelivered result looks like. */
class EvaluationSenderFunctionalTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final Instant T = Instant.parse("2026-03-02T00:00:00Z");
    static final Duration BASE = Duration.ofMillis(100), CAP = Duration.ofSeconds(2);

    AwsStubs aws;
    ContainerClients clients;
    EvaluationsTransport config;
    final List<Duration> sleeps = new ArrayList<>();
    EvaluationSender sender;

    @BeforeEach
    void setUp() {
        aws = new AwsStubs(wm);
        // the transport the handler uses in Lambda: one HTTP call per put, the sender retries
        clients = new ContainerClients(new AwsClients.Settings(Region.US_EAST_1, URI.create(wm.baseUrl()),
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDTEST", "secret")), 5));
        config = clients.lean(null).config();
        sender = new EvaluationSender(Backoff.of(BASE, CAP), sleeps::add);
    }

    static List<Evaluation> buckets(int n) {
        List<Evaluation> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new Evaluation("AWS::S3::Bucket", "bucket-" + i, Compliance.NON_COMPLIANT, "no tag", T));
        return out;
    }

    @Test
    void send_whenAlwaysThrottled_triesMaxAttemptsOnceEach_thenFailsNamingTheResources() {
        aws.stubConfig("PutEvaluations", AwsStubs.throttled());

        DeliveryException e = assertThrows(DeliveryException.class, () -> sender.send(config, "token-1", buckets(2)));

        // our loop alone retries: 6 HTTP calls, not 6 x the SDK's 5
        assertEquals(EvaluationSender.MAX_ATTEMPTS, aws.configRequests("PutEvaluations").size());
        assertEquals(EvaluationSender.MAX_ATTEMPTS - 1, sleeps.size());
        for (int i = 0; i < sleeps.size(); i++) {
            Duration ceiling = Backoff.of(BASE, CAP).ceiling(i);
            assertTrue(!sleeps.get(i).isNegative() && sleeps.get(i).compareTo(ceiling) <= 0, sleeps.get(i) + " > " + ceiling);
        }
        assertTrue(e.getMessage().contains("ThrottlingException"), e.getMessage());
        assertTrue(e.getMessage().contains("after 6 attempts"), e.getMessage());
        assertTrue(e.getMessage().contains("not delivered: AWS::S3::Bucket bucket-0, AWS::S3::Bucket bucket-1"), e.getMessage());
        assertEquals(0, e.partial().delivered().size());
    }

    @Test
    void send_whenServerErrorOnce_retries() {
        wm.stubFor(AwsStubs.config("PutEvaluations").inScenario("5xx").whenScenarioStateIs("Started")
                .willReturn(AwsStubs.json(500, AwsStubs.error("InternalFailure", "We encountered an internal error."))).willSetStateTo("ok"));
        wm.stubFor(AwsStubs.config("PutEvaluations").inScenario("5xx").whenScenarioStateIs("ok").willReturn(AwsStubs.ok("{}")));

        Delivery d = sender.send(config, "token-1", buckets(1));

        assertEquals(2, d.calls());
        assertEquals(1, d.delivered().size());
    }

    @Test
    void send_whenConfigListsFailedEvaluations_resendsOnlyThose() {
        wm.stubFor(AwsStubs.config("PutEvaluations").inScenario("partial").whenScenarioStateIs("Started")
                .willReturn(AwsStubs.ok("{\"FailedEvaluations\":[" + failed("bucket-1") + "," + failed("bucket-2") + "]}"))
                .willSetStateTo("resent"));
        wm.stubFor(AwsStubs.config("PutEvaluations").inScenario("partial").whenScenarioStateIs("resent")
                .willReturn(AwsStubs.ok("{\"FailedEvaluations\":[]}")));

        Delivery d = sender.send(config, "token-1", buckets(3));

        List<JsonObject> bodies = aws.configBodies("PutEvaluations");
        assertEquals(2, bodies.size());
        assertEquals(3, bodies.get(0).getAsJsonArray("Evaluations").size());
        List<String> resent = bodies.get(1).getAsJsonArray("Evaluations").asList().stream()
                .map(x -> x.getAsJsonObject().get("ComplianceResourceId").getAsString()).toList();
        assertEquals(List.of("bucket-1", "bucket-2"), resent);
        assertEquals("token-1", bodies.get(1).get("ResultToken").getAsString());
        assertEquals(3, d.delivered().size());
        assertEquals(1, sleeps.size());
    }

    @Test
    void send_whenFailedEvaluationsPersist_failsNamingTheUndelivered() {
        aws.stubConfig("PutEvaluations", AwsStubs.ok("{\"FailedEvaluations\":[" + failed("bucket-7") + "]}"));

        DeliveryException e = assertThrows(DeliveryException.class, () -> sender.send(config, "token-1", buckets(10)));

        assertEquals(1 + EvaluationSender.MAX_RESENDS, aws.configRequests("PutEvaluations").size());
        assertTrue(e.getMessage().contains("not delivered: AWS::S3::Bucket bucket-7"), e.getMessage());
        assertEquals(9, e.partial().delivered().size(), "the others were delivered");
        assertTrue(e.partial().delivered().stream().noneMatch(x -> x.resourceId().equals("bucket-7")));
    }

    @Test
    void send_whenLaterBatchDenied_failsNamingEverythingNotDelivered() {
        wm.stubFor(AwsStubs.config("PutEvaluations").withRequestBody(containing("\"bucket-0\""))
                .willReturn(AwsStubs.ok("{}")));
        wm.stubFor(AwsStubs.config("PutEvaluations").withRequestBody(containing("\"bucket-100\""))
                .willReturn(AwsStubs.accessDenied("config:PutEvaluations")));

        DeliveryException e = assertThrows(DeliveryException.class, () -> sender.send(config, "token-1", buckets(230)));

        assertEquals(2, aws.configRequests("PutEvaluations").size(), "stops at the refused batch, denial not retried");
        assertEquals(100, e.partial().delivered().size());
        assertTrue(e.getMessage().contains("AccessDeniedException"), e.getMessage());
        assertTrue(e.getMessage().contains("not delivered: AWS::S3::Bucket bucket-100,"), e.getMessage());
        assertTrue(e.getMessage().contains("and 120 more"), e.getMessage());
    }

    @Test
    void send_whenInsufficientData_refusesAndSendsNothing() {
        List<Evaluation> evaluations = List.of(new Evaluation("AWS::::Account", "111122223333", Compliance.INSUFFICIENT_DATA, "offline", T));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sender.send(config, "token-1", evaluations));

        assertTrue(e.getMessage().contains("INSUFFICIENT_DATA"), e.getMessage());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty());
    }

    @Test
    void send_whenAnnotationBlankOrLong_omitsOrTruncates() {
        aws.acceptEvaluations();
        List<Evaluation> evaluations = List.of(
                new Evaluation("AWS::S3::Bucket", "a", Compliance.COMPLIANT, "  ", T),
                new Evaluation("AWS::S3::Bucket", "b", Compliance.NON_COMPLIANT, "y".repeat(300), T));

        sender.send(config, "token-1", evaluations);

        List<JsonObject> sent = aws.sentEvaluations();
        assertTrue(!sent.get(0).has("Annotation"), "Config rejects an empty annotation: omitted");
        assertEquals(256, sent.get(1).get("Annotation").getAsString().length());
    }

    private static String failed(String id) {
        return "{\"ComplianceResourceType\":\"AWS::S3::Bucket\",\"ComplianceResourceId\":\"" + id
                + "\",\"ComplianceType\":\"NON_COMPLIANT\",\"Annotation\":\"no tag\",\"OrderingTimestamp\":1772409600.0}";
    }
}
