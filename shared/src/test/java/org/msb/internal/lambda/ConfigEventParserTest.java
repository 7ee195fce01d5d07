package org.msb.internal.lambda;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.msb.error.InvalidEventException;
import org.msb.item.ItemStatus;
import org.msb.testkit.Reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfigEventParserTest {

    /** Every real invocation event in the reference folder that is a whole event (has a resultToken). */
    static Stream<Path> realEvents() throws IOException {
        Path ex = Reference.examples();
        List<Path> files = new java.util.ArrayList<>();
        try (Stream<Path> s = Files.list(ex.resolve("powertools-lambda-python"))) { s.filter(p -> p.toString().endsWith(".json")).forEach(files::add); }
        try (Stream<Path> s = Files.list(ex.resolve("cloud-custodian/rule-invocation-events"))) {
            s.filter(p -> p.toString().endsWith(".json")).filter(ConfigEventParserTest::isWholeEvent).forEach(files::add);
        }
        files.add(ex.resolve("aws-lambda-java-libs/config_event.json"));
        files.sort(null);
        return files.stream();
    }

    static Stream<Path> partialEvents() throws IOException {
        try (Stream<Path> s = Files.list(Reference.examples().resolve("cloud-custodian/rule-invocation-events"))) {
            return s.filter(p -> p.toString().endsWith(".json")).filter(p -> !isWholeEvent(p)).sorted().toList().stream();
        }
    }

    private static boolean isWholeEvent(Path p) {
        try {
            return JsonParser.parseString(Files.readString(p)).getAsJsonObject().has("resultToken");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void realEvents_areAllFound() throws IOException {
        // 3 Powertools + 4 whole c7n events + 1 aws-lambda-java-libs; a missing folder must not pass quietly
        assertEquals(8, realEvents().count());
        assertEquals(3, partialEvents().count());
    }

    @ParameterizedTest
    @MethodSource("realEvents")
    void parse_whenRealEvent_readsEveryField(Path file) throws IOException {
        String text = Files.readString(file);
        JsonObject raw = JsonParser.parseString(text).getAsJsonObject();
        JsonObject invoking = JsonParser.parseString(raw.get("invokingEvent").getAsString()).getAsJsonObject();

        RuleEvent e = ConfigEventParser.parse(text);

        assertEquals(invoking.get("messageType").getAsString(), e.messageType().name());
        assertEquals(raw.get("resultToken").getAsString(), e.resultToken());
        assertEquals(raw.get("accountId").getAsString(), e.accountId());
        assertEquals(raw.get("configRuleName").getAsString(), e.configRuleName());
        assertEquals(raw.get("configRuleArn").getAsString(), e.configRuleArn());
        assertEquals(raw.get("executionRoleArn").getAsString(), e.executionRoleArn());
        assertEquals(raw.get("eventLeftScope").getAsBoolean(), e.eventLeftScope());
        if (invoking.has("notificationCreationTime")) {
            assertEquals(Instant.parse(invoking.get("notificationCreationTime").getAsString()), e.notificationCreationTime());
        }
        switch (e.messageType()) {
            case ConfigurationItemChangeNotification -> {
                JsonObject ci = invoking.getAsJsonObject("configurationItem");
                assertEquals(ci.get("resourceType").getAsString(), e.item().resourceType());
                assertEquals(ci.get("resourceId").getAsString(), e.item().resourceId());
                assertEquals(Instant.parse(ci.get("configurationItemCaptureTime").getAsString()), e.item().captureTime());
                assertNull(e.oversized());
            }
            case OversizedConfigurationItemChangeNotification -> {
                assertEquals("AWS::EC2::Instance", e.oversized().resourceType());
                assertEquals("i-00000000", e.oversized().resourceId());
                assertEquals(Instant.parse("2016-10-06T16:46:16.261Z"), e.oversized().captureTime());
                assertNull(e.item());
            }
            case ScheduledNotification -> {
                assertNull(e.item());
                assertNotNull(e.notificationCreationTime());
            }
            default -> throw new AssertionError("unexpected " + e.messageType());
        }
    }

    @ParameterizedTest
    @MethodSource("partialEvents")
    void parse_whenOnlyAnInvokingEvent_refusesNamingTheResultToken(Path file) throws IOException {
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> ConfigEventParser.parse(Files.readString(file)));
        assertTrue(e.getMessage().contains("no resultToken"), e.getMessage());
    }

    @Test
    void parse_whenRuleParametersAbsentEmptyOrEmptyObject_hasNone() {
        JsonObject event = Events.load("change-bucket.json");
        assertNull(ConfigEventParser.parse(event.toString()).ruleParameters(), "\"{}\"");
        event.addProperty("ruleParameters", "");
        assertNull(ConfigEventParser.parse(event.toString()).ruleParameters(), "\"\"");
        event.remove("ruleParameters");
        assertNull(ConfigEventParser.parse(event.toString()).ruleParameters(), "absent");
        event.addProperty("ruleParameters", "{\"TagKey\":\"owner\"}");
        assertEquals("{\"TagKey\":\"owner\"}", ConfigEventParser.parse(event.toString()).ruleParameters());
    }

    @Test
    void parse_whenInvokingEventIsAnObject_toleratesIt() {
        JsonObject event = Events.load("scheduled.json");
        event.add("invokingEvent", Events.invoking(event));
        event.add("ruleParameters", JsonParser.parseString("{\"TagKey\":\"team\"}"));

        RuleEvent e = ConfigEventParser.parse(event.toString());

        assertEquals(MessageType.ScheduledNotification, e.messageType());
        assertEquals("{\"TagKey\":\"team\"}", e.ruleParameters());
    }

    @Test
    void parse_whenNoEnvelopeAccount_takesTheInvokingEventsThenTheItems() {
        JsonObject scheduled = Events.load("scheduled.json");
        scheduled.remove("accountId");
        assertEquals("111122223333", ConfigEventParser.parse(scheduled.toString()).accountId());

        JsonObject change = Events.load("change-bucket.json");
        change.remove("accountId");
        assertEquals("111122223333", ConfigEventParser.parse(change.toString()).accountId());

        JsonObject inv = Events.invoking(scheduled);
        inv.remove("awsAccountId");
        InvalidEventException e = assertThrows(InvalidEventException.class,
                () -> ConfigEventParser.parse(Events.withInvoking(scheduled, inv).toString()));
        assertTrue(e.getMessage().contains("names no account"), e.getMessage());
    }

    @Test
    void parse_whenOversized_readsTheSummary() {
        RuleEvent e = ConfigEventParser.parse(Events.load("oversized-bucket.json").toString());

        assertEquals(MessageType.OversizedConfigurationItemChangeNotification, e.messageType());
        assertEquals("big-bucket", e.oversized().resourceId());
        assertEquals(ItemStatus.OK, e.oversized().status());
        assertEquals("arn:aws:s3:::big-bucket", e.oversized().arn());
        assertEquals("AWS::S3::Bucket big-bucket", e.resource());
    }

    @Test
    void parse_whenSnapshotDelivered_needsNoResource() {
        RuleEvent e = ConfigEventParser.parse(Events.load("snapshot-delivered.json").toString());
        assertEquals(MessageType.ConfigurationSnapshotDeliveryCompleted, e.messageType());
        assertNull(e.resource());
        assertFalse(e.isTestMode());
    }

    @Test
    void parse_whenScheduledWithoutNotificationTime_refuses() {
        JsonObject event = Events.load("scheduled.json");
        JsonObject inv = Events.invoking(event);
        inv.remove("notificationCreationTime");
        InvalidEventException e = assertThrows(InvalidEventException.class,
                () -> ConfigEventParser.parse(Events.withInvoking(event, inv).toString()));
        assertTrue(e.getMessage().contains("notificationCreationTime"), e.getMessage());
    }

    @Test
    void parse_whenFieldHasTheWrongShape_namesIt() {
        assertMessage("must be a JSON object", "[1,2]");
        assertMessage("is empty", " ");
        JsonObject badTime = Events.load("change-bucket.json");
        JsonObject inv = Events.invoking(badTime);
        inv.addProperty("notificationCreationTime", "yesterday");
        assertMessage("notificationCreationTime \"yesterday\" is not an ISO-8601 timestamp", Events.withInvoking(badTime, inv).toString());
        JsonObject badScope = Events.load("change-bucket.json");
        badScope.addProperty("eventLeftScope", "maybe");
        assertMessage("eventLeftScope must be true or false", badScope.toString());
        JsonObject badStatus = Events.load("change-bucket.json");
        JsonObject item = Events.item(badStatus);
        item.addProperty("configurationItemStatus", "Gone");
        assertMessage("unknown configurationItemStatus \"Gone\"", Events.withItem(badStatus, item).toString());
        JsonObject noSummaryId = Events.load("oversized-bucket.json");
        JsonObject os = Events.invoking(noSummaryId);
        os.getAsJsonObject("configurationItemSummary").remove("resourceId");
        assertMessage("configurationItemSummary of type AWS::S3::Bucket has no resourceId", Events.withInvoking(noSummaryId, os).toString());
        JsonObject noItem = Events.load("change-bucket.json");
        JsonObject ni = Events.invoking(noItem);
        ni.remove("configurationItem");
        assertMessage("has no invokingEvent.configurationItem", Events.withInvoking(noItem, ni).toString());
    }

    private static void assertMessage(String expected, String event) {
        InvalidEventException e = assertThrows(InvalidEventException.class, () -> ConfigEventParser.parse(event));
        assertTrue(e.getMessage().contains(expected), "expected \"" + expected + "\" in: " + e.getMessage());
    }
}
