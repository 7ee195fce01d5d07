package org.msb.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.msb.error.InvalidEventException;
import org.msb.internal.lambda.ConfigEventParser;
import org.msb.internal.lambda.RuleEvent;
import org.junit.jupiter.api.Timeout;


/**
 * The Config rule event parser (what every Lambda reads first): any bytes give a {@link RuleEvent} or an
 * {@link InvalidEventException}. Seeds: real invocation events (cloud-custodian, Powertools, aws-lambda-java-libs)
 * and this project's fixtures.
 */
class ConfigEventParserFuzzTest {

    /** Raw bytes, seeded in {@code ConfigEventParserFuzzTestInputs/parseBytes/} with the real events. */
    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void parseBytes(byte[] input) {
        Outcomes.resultOrTyped(InvalidEventException.class, () -> checkEvent(ConfigEventParser.parse(input)));
    }

    /**
     * A seed event with its envelope and its {@code invokingEvent} (a JSON document inside a string) mutated
     * structurally, so the fuzzer gets past JSON syntax into the fields the parser reads.
     */
    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void parseMutatedEvent(FuzzedDataProvider data) {
        JsonElement seed = data.pickValue(Seeds.json("events"));
        JsonElement event = seed.deepCopy();
        if (event.isJsonObject() && event.getAsJsonObject().has("invokingEvent") && data.consumeBoolean()) {
            JsonObject o = event.getAsJsonObject();
            JsonElement inner = o.get("invokingEvent");
            if (inner.isJsonPrimitive()) {
                try {
                    inner = JsonParser.parseString(inner.getAsString());
                } catch (JsonParseException notJson) {
                    // mutate it as text below
                }
            }
            JsonElement mutated = JsonMutator.mutate(inner, data, 8);
            o.add("invokingEvent", data.consumeBoolean() ? new JsonPrimitive(mutated.toString()) : mutated);
        }
        String text = JsonMutator.mutate(event, data, 4).toString();
        Outcomes.resultOrTyped(InvalidEventException.class, () -> checkEvent(ConfigEventParser.parse(text)));
    }

    /** What a parsed event promises its readers. */
    static void checkEvent(RuleEvent e) {
        Outcomes.check(e != null && e.messageType() != null, "an event without a message type");
        Outcomes.check(e.resultToken() != null && !e.resultToken().isEmpty(), "an event without a result token");
        switch (e.messageType()) {
            case ConfigurationItemChangeNotification -> Outcomes.check(e.item() != null, "a change event without its item");
            case OversizedConfigurationItemChangeNotification -> Outcomes.check(e.oversized() != null, "an oversized event without its summary");
            case ScheduledNotification -> Outcomes.check(e.notificationCreationTime() != null, "a scheduled event without its time");
            default -> { }
        }
    }

}
