package org.msb.internal.lambda;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.error.AwsCallException;
import org.msb.error.InvalidEventException;
import org.msb.error.InvalidParameterException;
import org.msb.item.ConfigurationItem;
import org.msb.rule.Compliance;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The handler end to end over real HTTP against Config stubs in its JSON 1.1 wire format. */
class ConfigRuleHandlerFunctionalTest {
    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    AwsStubs aws;
    Harness h;

    @BeforeEach
    void setUp() {
        aws = new AwsStubs(wm);
        h = new Harness(wm.baseUrl());
        aws.acceptEvaluations();
        aws.noEarlierResults();
    }

    @Test
    void handleRequest_whenChangeToTaggedBucket_sendsCompliantWithCaptureTime() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        h.handler().handleRequest(new ByteArrayInputStream(Events.bytes(Events.load("change-bucket.json"))), out, null);

        List<JsonObject> bodies = aws.configBodies("PutEvaluations");
        assertEquals(1, bodies.size());
        JsonObject body = bodies.get(0);
        assertEquals(Events.load("change-bucket.json").get("resultToken").getAsString(), body.get("ResultToken").getAsString());
        assertFalse(body.has("TestMode"), "TestMode only for the TESTMODE token");
        JsonObject e = body.getAsJsonArray("Evaluations").get(0).getAsJsonObject();
        assertEquals("AWS::S3::Bucket", e.get("ComplianceResourceType").getAsString());
        assertEquals("audit-logs", e.get("ComplianceResourceId").getAsString());
        assertEquals("COMPLIANT", e.get("ComplianceType").getAsString());
        assertEquals("Tagged owner=security.", e.get("Annotation").getAsString());
        // JSON 1.1 timestamps are epoch seconds; the ordering timestamp of a change is the item's capture time
        assertEquals(Instant.parse("2026-03-01T10:15:30.123Z").toEpochMilli(), (long) (e.get("OrderingTimestamp").getAsDouble() * 1000 + 0.5));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"delivered\":1"));

        JsonObject line = h.invocationLine();
        assertEquals("tagged-bucket", line.get("rule").getAsString());
        assertEquals(Harness.ACCOUNT, line.get("account").getAsString());
        assertEquals(Harness.REGION, line.get("region").getAsString());
        assertEquals("ConfigurationItemChangeNotification", line.get("messageType").getAsString());
        assertEquals("AWS::S3::Bucket audit-logs", line.get("resource").getAsString());
        assertEquals(1, line.getAsJsonObject("counts").get("COMPLIANT").getAsInt());
        assertEquals("SUCCEEDED", line.get("outcome").getAsString());
        assertTrue(line.has("durationMs"));
    }

    @Test
    void invoke_whenTagMissing_sendsNonCompliant() {
        JsonObject item = Events.item(Events.load("change-bucket.json"));
        item.add("tags", new JsonObject());
        h.handler().invoke(Events.bytes(Events.withItem(Events.load("change-bucket.json"), item)), "r1");

        JsonObject e = aws.sentEvaluations().get(0);
        assertEquals("NON_COMPLIANT", e.get("ComplianceType").getAsString());
        assertEquals("The bucket has no owner tag; expected one.", e.get("Annotation").getAsString());
    }

    @Test
    void invoke_when250Buckets_sendsThreeBatchesWithTheSameToken() {
        List<ConfigurationItem> buckets = new ArrayList<>();
        for (int i = 0; i < 250; i++) buckets.add(Harness.bucket("bucket-" + i, i % 3 == 0 ? "other" : "owner", "team-" + i));
        Delivery d = h.handler(buckets.toArray(ConfigurationItem[]::new)).invoke(Events.bytes(Events.load("scheduled.json")), "r1");

        List<JsonObject> bodies = aws.configBodies("PutEvaluations");
        assertEquals(List.of(100, 100, 50), bodies.stream().map(b -> b.getAsJsonArray("Evaluations").size()).toList());
        String token = Events.load("scheduled.json").get("resultToken").getAsString();
        bodies.forEach(b -> assertEquals(token, b.get("ResultToken").getAsString()));
        Set<String> ids = new HashSet<>();
        aws.sentEvaluations().forEach(e -> ids.add(e.get("ComplianceResourceId").getAsString()));
        assertEquals(250, ids.size(), "every bucket once");
        // periodic ordering timestamp: the notification time
        aws.sentEvaluations().forEach(e -> assertEquals(Instant.parse("2026-03-02T00:00:00Z").getEpochSecond(), e.get("OrderingTimestamp").getAsLong()));
        assertEquals(250, d.delivered().size());
        assertEquals(3, d.calls());
        assertEquals(84, d.counts().get(Compliance.NON_COMPLIANT));
        assertEquals(84, h.invocationLine().getAsJsonObject("counts").get("NON_COMPLIANT").getAsInt());
    }

    @Test
    void invoke_whenThrottledTwice_retriesWithBackoffAndSucceeds() {
        wm.stubFor(AwsStubs.config("PutEvaluations").inScenario("throttle").whenScenarioStateIs("Started")
                .willReturn(AwsStubs.throttled()).willSetStateTo("once"));
        wm.stubFor(AwsStubs.config("PutEvaluations").inScenario("throttle").whenScenarioStateIs("once")
                .willReturn(AwsStubs.throttled()).willSetStateTo("twice"));
        wm.stubFor(AwsStubs.config("PutEvaluations").inScenario("throttle").whenScenarioStateIs("twice")
                .willReturn(AwsStubs.ok("{}")));

        Delivery d = h.handler().invoke(Events.bytes(Events.load("change-bucket.json")), "r1");

        assertEquals(3, aws.configRequests("PutEvaluations").size());
        assertEquals(1, d.delivered().size());
        assertEquals(2, h.sleeps.size(), "one backoff before each retry: " + h.sleeps);
    }

    @Test
    void invoke_whenPutEvaluationsDenied_failsNamingTheAction_andIsNoVerdict() {
        aws.stubConfig("PutEvaluations", AwsStubs.accessDenied("config:PutEvaluations"));

        AwsCallException e = assertThrows(AwsCallException.class,
                () -> h.handler().invoke(Events.bytes(Events.load("change-bucket.json")), "r1"));

        assertTrue(e.getMessage().contains("PutEvaluations"), e.getMessage());
        assertTrue(e.getMessage().contains("AccessDeniedException"), e.getMessage());
        assertTrue(e.getMessage().contains("probably lacks config:PutEvaluations"), e.getMessage());
        assertEquals(1, aws.configRequests("PutEvaluations").size(), "AccessDenied is not retried");
        JsonObject error = h.logLines().stream().filter(o -> o.get("event").getAsString().equals("error")).findFirst().orElseThrow();
        assertEquals("AccessDeniedException", error.get("awsErrorCode").getAsString());
        assertEquals("FAILED", h.invocationLine().get("outcome").getAsString());
    }

    @Test
    void invoke_whenOversized_inflatesAtTheCaptureTimeAndEvaluates() {
        aws.stubConfig("GetResourceConfigHistory", AwsStubs.ok(Events.resource("/lambda/responses/history-big-bucket.json")));

        h.handler().invoke(Events.bytes(Events.load("oversized-bucket.json")), "r1");

        JsonObject req = aws.configBodies("GetResourceConfigHistory").get(0);
        assertEquals("AWS::S3::Bucket", req.get("resourceType").getAsString());
        assertEquals("big-bucket", req.get("resourceId").getAsString());
        assertEquals(1, req.get("limit").getAsInt());
        assertEquals(Instant.parse("2026-03-01T10:15:30.123Z").toEpochMilli(), (long) (req.get("laterTime").getAsDouble() * 1000 + 0.5));
        JsonObject e = aws.sentEvaluations().get(0);
        assertEquals("big-bucket", e.get("ComplianceResourceId").getAsString());
        assertEquals("COMPLIANT", e.get("ComplianceType").getAsString());
        assertEquals("Tagged owner=data-team.", e.get("Annotation").getAsString(), "evaluated on the inflated item's tags");
    }

    @Test
    void invoke_whenOversizedHasNoHistory_sendsNotApplicable() {
        aws.stubConfig("GetResourceConfigHistory", AwsStubs.ok("{\"configurationItems\":[]}"));

        h.handler().invoke(Events.bytes(Events.load("oversized-bucket.json")), "r1");

        JsonObject e = aws.sentEvaluations().get(0);
        assertEquals("big-bucket", e.get("ComplianceResourceId").getAsString());
        assertEquals("NOT_APPLICABLE", e.get("ComplianceType").getAsString());
        assertTrue(h.logLines().stream().anyMatch(o -> o.get("event").getAsString().equals("oversized-not-found")));
    }

    @Test
    void invoke_whenOversizedResourceNeverDiscovered_sendsNotApplicable() {
        aws.stubConfig("GetResourceConfigHistory", AwsStubs.json(400, AwsStubs.error("ResourceNotDiscoveredException",
                "Resource big-bucket of resourceType:AWS::S3::Bucket is unknown or has not been discovered")));

        h.handler().invoke(Events.bytes(Events.load("oversized-bucket.json")), "r1");

        JsonObject e = aws.sentEvaluations().get(0);
        assertEquals("big-bucket", e.get("ComplianceResourceId").getAsString());
        assertEquals("NOT_APPLICABLE", e.get("ComplianceType").getAsString());
        assertTrue(h.logLines().stream().anyMatch(o -> o.get("event").getAsString().equals("oversized-not-found")));
    }

    @Test
    void invoke_whenHistoryDenied_failsAndSendsNothing() {
        aws.stubConfig("GetResourceConfigHistory", AwsStubs.accessDenied("config:GetResourceConfigHistory"));

        AwsCallException e = assertThrows(AwsCallException.class,
                () -> h.handler().invoke(Events.bytes(Events.load("oversized-bucket.json")), "r1"));

        assertTrue(e.getMessage().contains("GetResourceConfigHistory"), e.getMessage());
        assertTrue(e.getMessage().contains("probably lacks config:GetResourceConfigHistory"), e.getMessage());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty(), "no verdict for a failed call");
    }

    @Test
    void invoke_whenEventLeftScope_sendsNotApplicable() {
        JsonObject event = Events.load("change-bucket.json");
        event.addProperty("eventLeftScope", true);

        h.handler().invoke(Events.bytes(event), "r1");

        JsonObject e = aws.sentEvaluations().get(0);
        assertEquals("NOT_APPLICABLE", e.get("ComplianceType").getAsString());
        assertEquals("The resource left the rule's scope.", e.get("Annotation").getAsString());
    }

    @Test
    void invoke_whenOversizedLeftScope_sendsNotApplicableWithoutFetching() {
        JsonObject event = Events.load("oversized-bucket.json");
        event.addProperty("eventLeftScope", true);

        h.handler().invoke(Events.bytes(event), "r1");

        assertTrue(aws.configRequests("GetResourceConfigHistory").isEmpty());
        assertEquals("NOT_APPLICABLE", aws.sentEvaluations().get(0).get("ComplianceType").getAsString());
    }

    @Test
    void invoke_whenItemDeleted_sendsNotApplicable() {
        JsonObject item = Events.item(Events.load("change-bucket.json"));
        item.addProperty("configurationItemStatus", "ResourceDeleted");
        item.add("configuration", com.google.gson.JsonNull.INSTANCE);

        h.handler().invoke(Events.bytes(Events.withItem(Events.load("change-bucket.json"), item)), "r1");

        JsonObject e = aws.sentEvaluations().get(0);
        assertEquals("audit-logs", e.get("ComplianceResourceId").getAsString());
        assertEquals("NOT_APPLICABLE", e.get("ComplianceType").getAsString());
        assertEquals("The resource is deleted.", e.get("Annotation").getAsString());
    }

    @Test
    void invoke_whenAnnotationLongerThan256_truncatesOnTheWire() {
        JsonObject item = Events.item(Events.load("change-bucket.json"));
        item.getAsJsonObject("tags").addProperty("annotation", "x".repeat(400));

        h.handler().invoke(Events.bytes(Events.withItem(Events.load("change-bucket.json"), item)), "r1");

        String annotation = aws.sentEvaluations().get(0).get("Annotation").getAsString();
        assertEquals(256, annotation.length());
        assertTrue(annotation.endsWith(" [truncated]"));
    }

    @Test
    void invoke_whenPeriodicFindsNothing_sendsOneEmptyBatch() {
        Delivery d = h.handler().invoke(Events.bytes(Events.load("scheduled.json")), "r1");

        List<JsonObject> bodies = aws.configBodies("PutEvaluations");
        assertEquals(1, bodies.size());
        assertEquals(0, bodies.get(0).getAsJsonArray("Evaluations").size());
        assertEquals(0, d.delivered().size());
    }

    @Test
    void invoke_whenResourcesVanished_marksThemNotApplicable() {
        wm.stubFor(AwsStubs.config("GetComplianceDetailsByConfigRule").withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.notContaining("NextToken"))
                .willReturn(AwsStubs.ok(complianceDetails("page-2",
                        result("AWS::S3::Bucket", "still-here", "COMPLIANT"),
                        result("AWS::S3::Bucket", "gone-bucket", "NON_COMPLIANT")))));
        wm.stubFor(AwsStubs.config("GetComplianceDetailsByConfigRule").withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("page-2"))
                .willReturn(AwsStubs.ok(complianceDetails(null,
                        result("AWS::S3::Bucket", "also-gone", "COMPLIANT"),
                        // same id, other type: compared on (type, id), so this one is stale too
                        result("AWS::S3::AccountPublicAccessBlock", "still-here", "NON_COMPLIANT")))));

        h.handler(Harness.bucket("still-here", "owner", "a")).invoke(Events.bytes(Events.load("scheduled.json")), "r1");

        List<JsonObject> reqs = aws.configBodies("GetComplianceDetailsByConfigRule");
        assertEquals(2, reqs.size(), "both pages read");
        assertEquals("tagged-bucket", reqs.get(0).get("ConfigRuleName").getAsString());
        assertEquals(List.of("COMPLIANT", "NON_COMPLIANT"),
                reqs.get(0).getAsJsonArray("ComplianceTypes").asList().stream().map(x -> x.getAsString()).toList());
        List<JsonObject> sent = aws.sentEvaluations();
        assertEquals(4, sent.size());
        assertEquals("COMPLIANT", find(sent, "AWS::S3::Bucket", "still-here").get("ComplianceType").getAsString());
        for (String[] stale : new String[][]{{"AWS::S3::Bucket", "gone-bucket"}, {"AWS::S3::Bucket", "also-gone"},
                {"AWS::S3::AccountPublicAccessBlock", "still-here"}}) {
            JsonObject e = find(sent, stale[0], stale[1]);
            assertEquals("NOT_APPLICABLE", e.get("ComplianceType").getAsString());
            assertEquals(Instant.parse("2026-03-02T00:00:00Z").getEpochSecond(), e.get("OrderingTimestamp").getAsLong());
        }
    }

    @Test
    void invoke_whenStaleLookupDenied_sendsTheRunsResultsThenFails() {
        aws.stubConfig("GetComplianceDetailsByConfigRule", AwsStubs.accessDenied("config:GetComplianceDetailsByConfigRule"));

        AwsCallException e = assertThrows(AwsCallException.class,
                () -> h.handler(Harness.bucket("b1", "owner", "x")).invoke(Events.bytes(Events.load("scheduled.json")), "r1"));

        assertTrue(e.getMessage().contains("probably lacks config:GetComplianceDetailsByConfigRule"), e.getMessage());
        assertEquals(1, aws.sentEvaluations().size(), "the run's own result is still delivered");
        assertEquals(1, h.invocationLine().get("delivered").getAsInt());
    }

    @Test
    void invoke_whenMalformedEvent_failsNamingWhatIsWrong_andSendsNothing() {
        JsonObject noToken = Events.load("change-bucket.json");
        noToken.remove("resultToken");
        JsonObject noInvoking = Events.load("change-bucket.json");
        noInvoking.remove("invokingEvent");
        JsonObject noType = Events.invoking(Events.load("change-bucket.json"));
        noType.remove("messageType");
        JsonObject unknownType = Events.invoking(Events.load("change-bucket.json"));
        unknownType.addProperty("messageType", "ComplianceChangeNotification");
        JsonObject noResourceType = Events.item(Events.load("change-bucket.json"));
        noResourceType.remove("resourceType");
        JsonObject badInvoking = Events.load("change-bucket.json");
        badInvoking.addProperty("invokingEvent", "{\"configurationItem\":");

        assertInvalid("not valid JSON", "{\"invokingEvent\": ".getBytes(StandardCharsets.UTF_8));
        assertInvalid("no resultToken", Events.bytes(noToken));
        assertInvalid("no invokingEvent", Events.bytes(noInvoking));
        assertInvalid("invokingEvent is not valid JSON", Events.bytes(badInvoking));
        assertInvalid("no messageType", Events.bytes(Events.withInvoking(Events.load("change-bucket.json"), noType)));
        assertInvalid("unknown messageType \"ComplianceChangeNotification\"",
                Events.bytes(Events.withInvoking(Events.load("change-bucket.json"), unknownType)));
        assertInvalid("no resourceType", Events.bytes(Events.withItem(Events.load("change-bucket.json"), noResourceType)));
        assertTrue(aws.configRequests("PutEvaluations").isEmpty());
    }

    private void assertInvalid(String expected, byte[] event) {
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> h.handler().invoke(event, "r1"));
        assertTrue(e.getMessage().contains(expected), "expected \"" + expected + "\" in: " + e.getMessage());
    }

    @Test
    void invoke_whenParameterInvalid_failsNamingParameterAndValue_andSendsNothing() {
        JsonObject event = Events.withParameters(Events.load("change-bucket.json"), "{\"TagKey\":\"bad key with spaces!\"}");

        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> h.handler().invoke(Events.bytes(event), "r1"));

        assertEquals("Invalid rule parameter TagKey=\"bad key with spaces!\": expected a tag key", e.getMessage());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty());
        assertFalse(h.logText().contains("bad key with spaces"), "parameter values are not logged: " + h.logText());
        assertTrue(h.logText().contains("TagKey"));
    }

    @Test
    void invoke_whenParameterUnknown_failsListingAccepted() {
        JsonObject event = Events.withParameters(Events.load("change-bucket.json"), "{\"tagkey\":\"owner\"}");

        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> h.handler().invoke(Events.bytes(event), "r1"));

        assertTrue(e.getMessage().contains("Unknown rule parameter tagkey"), e.getMessage());
        assertTrue(e.getMessage().contains("TagKey"), e.getMessage());
    }

    @Test
    void invoke_whenParameterGiven_usesIt() {
        JsonObject event = Events.withParameters(Events.load("change-bucket.json"), "{\"TagKey\":\"cost-centre\"}");

        h.handler().invoke(Events.bytes(event), "r1");

        assertEquals("The bucket has no cost-centre tag; expected one.", aws.sentEvaluations().get(0).get("Annotation").getAsString());
    }

    @Test
    void invoke_whenScheduledNotificationReachesChangeOnlyRule_fails() {
        InvalidEventException e = assertThrows(InvalidEventException.class,
                () -> h.handler(new ChangeOnlyBucketRule(), Harness.world()).invoke(Events.bytes(Events.load("scheduled.json")), "r1"));

        assertTrue(e.getMessage().contains("is not periodic"), e.getMessage());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty());
    }

    @Test
    void invoke_whenChangeOnlyRule_doesNoStaleCleanUp() {
        h.handler(new ChangeOnlyBucketRule(), Harness.world()).invoke(Events.bytes(Events.load("change-bucket.json")), "r1");

        assertEquals("COMPLIANT", aws.sentEvaluations().get(0).get("ComplianceType").getAsString());
        assertTrue(aws.configRequests("GetComplianceDetailsByConfigRule").isEmpty());
    }

    @Test
    void invoke_whenSnapshotDelivered_sendsNothing() {
        Delivery d = h.handler().invoke(Events.bytes(Events.load("snapshot-delivered.json")), "r1");

        assertEquals(0, d.calls());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty());
        assertTrue(h.logLines().stream().anyMatch(o -> o.get("event").getAsString().equals("ignored")));
    }

    @Test
    void invoke_whenTokenIsTestMode_sendsTestMode() {
        JsonObject event = Events.load("change-bucket.json");
        event.addProperty("resultToken", "TESTMODE");

        Delivery d = h.handler().invoke(Events.bytes(event), "r1");

        JsonObject body = aws.configBodies("PutEvaluations").get(0);
        assertTrue(body.get("TestMode").getAsBoolean());
        assertEquals("TESTMODE", body.get("ResultToken").getAsString());
        assertTrue(d.testMode());
    }

    @Test
    void invoke_whenGlobalRuleOutsideHomeRegion_sendsEmptyBatch() {
        JsonObject event = Events.withParameters(Events.load("change-bucket.json"), "{\"HomeRegion\":\"eu-west-1\"}");
        org.msb.rule.Rule global = new org.msb.rule.Rule() {
            final org.msb.rule.RuleSpec spec = org.msb.rule.RuleSpec.builder("global-bucket", "IAM-1").title("t").baseline("b")
                    .description("d").remediation("r").onChange(TaggedBucketRule.BUCKET).global().build();
            @Override public org.msb.rule.RuleSpec spec() { return spec; }
            @Override public List<org.msb.rule.Evaluation> evaluate(org.msb.rule.RuleInput in) {
                return List.of(in.nonCompliant(in.item(), "should not run outside the home region"));
            }
        };

        h.handler(global, Harness.world()).invoke(Events.bytes(event), "r1");

        assertEquals(0, aws.configBodies("PutEvaluations").get(0).getAsJsonArray("Evaluations").size());
    }

    @Test
    void invoke_whenFactUnavailable_failsWithItsMessage() {
        org.msb.rule.Rule needsFact = new org.msb.rule.Rule() {
            final org.msb.rule.RuleSpec spec = org.msb.rule.RuleSpec.builder("fact-rule", "IAM-3").title("t").baseline("b")
                    .description("d").remediation("r").periodic().reads(org.msb.fact.Facts.PASSWORD_POLICY).build();
            @Override public org.msb.rule.RuleSpec spec() { return spec; }
            @Override public List<org.msb.rule.Evaluation> evaluate(org.msb.rule.RuleInput in) {
                in.fact(org.msb.fact.Facts.PASSWORD_POLICY);
                return List.of(in.accountCompliant("unreachable"));
            }
        };

        org.msb.error.FactUnavailableException e = assertThrows(org.msb.error.FactUnavailableException.class,
                () -> h.handler(needsFact, Harness.world()).invoke(Events.bytes(Events.load("scheduled.json")), "r1"));

        assertTrue(e.getMessage().contains("not in the test world"), e.getMessage());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty(), "no verdict without the fact");
    }

    @Test
    void invoke_whenAFactReadIsDenied_failsNamingTheAction_andSendsNothing() {
        org.msb.account.AccountView denying = new org.msb.account.AccountView() {
            @Override public String accountId() { return Harness.ACCOUNT; }
            @Override public String region() { return Harness.REGION; }
            @Override public List<ConfigurationItem> items(String resourceType) { return List.of(); }
            @Override public <T> T fact(org.msb.fact.Fact<T> fact) {
                throw (software.amazon.awssdk.awscore.exception.AwsServiceException) software.amazon.awssdk.awscore.exception.AwsServiceException.builder()
                        .statusCode(403)
                        .awsErrorDetails(software.amazon.awssdk.awscore.exception.AwsErrorDetails.builder().serviceName("Iam").errorCode("AccessDenied")
                                .errorMessage("User: arn:aws:sts::111122223333:assumed-role/msb-password-policy/fn is not authorized to perform: "
                                        + "iam:GetAccountPasswordPolicy on resource: *").build())
                        .build();
            }
        };
        org.msb.rule.Rule needsFact = new org.msb.rule.Rule() {
            final org.msb.rule.RuleSpec spec = org.msb.rule.RuleSpec.builder("fact-rule", "IAM-3").title("t").baseline("b")
                    .description("d").remediation("r").periodic().reads(org.msb.fact.Facts.PASSWORD_POLICY).build();
            @Override public org.msb.rule.RuleSpec spec() { return spec; }
            @Override public List<org.msb.rule.Evaluation> evaluate(org.msb.rule.RuleInput in) {
                return in.fact(org.msb.fact.Facts.PASSWORD_POLICY) == null ? List.of() : List.of(in.accountNonCompliant("weak"));
            }
        };

        AwsCallException e = assertThrows(AwsCallException.class,
                () -> h.handler(needsFact, denying).invoke(Events.bytes(Events.load("scheduled.json")), "r1"));

        assertTrue(e.getMessage().contains("AccessDenied"), e.getMessage());
        assertTrue(e.getMessage().contains("probably lacks iam:GetAccountPasswordPolicy"), e.getMessage());
        assertTrue(aws.configRequests("PutEvaluations").isEmpty(), "a denied read is no verdict");
    }

    private static JsonObject find(List<JsonObject> sent, String type, String id) {
        return sent.stream().filter(e -> e.get("ComplianceResourceType").getAsString().equals(type)
                && e.get("ComplianceResourceId").getAsString().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no evaluation for " + type + " " + id + " in " + sent));
    }

    static String result(String type, String id, String compliance) {
        return "{\"EvaluationResultIdentifier\":{\"EvaluationResultQualifier\":{\"ConfigRuleName\":\"tagged-bucket\","
                + "\"ResourceType\":\"" + type + "\",\"ResourceId\":\"" + id + "\",\"EvaluationMode\":\"DETECTIVE\"},"
                + "\"OrderingTimestamp\":1772323200.0},\"ComplianceType\":\"" + compliance + "\","
                + "\"ResultRecordedTime\":1772323205.5,\"ConfigRuleInvokedTime\":1772323201.2}";
    }

    static String complianceDetails(String nextToken, String... results) {
        return "{\"EvaluationResults\":[" + String.join(",", results) + "]"
                + (nextToken == null ? "" : ",\"NextToken\":\"" + nextToken + "\"") + "}";
    }
}
