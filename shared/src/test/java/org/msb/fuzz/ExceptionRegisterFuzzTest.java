package org.msb.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonElement;
import org.junit.jupiter.api.Timeout;
import org.msb.error.InvalidRegisterException;
import org.msb.register.ExceptionEntry;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionRegisterParser;
import org.msb.register.TagExceptions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exception register reader (YAML or JSON, from S3, SSM or a world file) and exception tags: any text gives a
 * register or an {@link InvalidRegisterException} naming the entry and field; a register that was read answers
 * every lookup.
 */
class ExceptionRegisterFuzzTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    /** YAML or JSON text, seeded with the project's registers and hostile YAML (aliases, tags, deep nesting). */
    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void parseText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Outcomes.resultOrTyped(InvalidRegisterException.class, () -> lookUp(ExceptionRegisterParser.parse(text, "fuzz.yaml"), "s3-access-logging"));
    }

    /** The JSON register with its entries mutated structurally (wrong types, missing fields, bad dates...). */
    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void parseMutatedRegister(FuzzedDataProvider data) {
        JsonElement seed = data.pickValue(Seeds.json("registers"));
        String text = JsonMutator.mutate(seed, data, 10).toString();
        String rule = data.consumeString(30);
        Outcomes.resultOrTyped(InvalidRegisterException.class, () -> lookUp(ExceptionRegisterParser.parse(text, "fuzz.json"), rule));
    }

    /** Exception tags as a resource carries them: {@code msb:exception[:<rule>] = <expiry> <approver> <reason>}. */
    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void readTags(FuzzedDataProvider data) {
        Map<String, String> tags = new LinkedHashMap<>();
        int n = data.consumeInt(0, 3);
        for (int i = 0; i < n; i++) {
            String key = data.consumeBoolean() ? TagExceptions.PREFIX + (data.consumeBoolean() ? ":s3-access-logging" : "") : data.consumeString(40);
            tags.put(key, data.consumeString(120));
        }
        Outcomes.resultOrTyped(InvalidRegisterException.class, () -> {
            for (ExceptionEntry e : TagExceptions.read(tags, "s3-access-logging", "bucket-1")) {
                Outcomes.check(e.expires() != null && !e.approver().isBlank() && !e.reason().isBlank(), "a tag exception without expiry, approver or reason");
                e.statusOn(TODAY);
                e.appliesTo("s3-access-logging", "123456789012", "bucket-1", null);
            }
        });
    }

    private static void lookUp(ExceptionRegister r, String rule) {
        r.find(rule, "123456789012", "bucket-1", "arn:aws:s3:::bucket-1", TODAY);
        r.find("s3-access-logging", "123456789012", "public-web-assets", "arn:aws:s3:::public-web-assets", TODAY);
        r.attestationsFor("ir-plan-tested", "123456789012");
        for (ExceptionEntry e : r.exceptions()) {
            Outcomes.check(e.id() != null && e.expires() != null && !e.rules().isEmpty(), "an entry without id, expiry or rules");
            e.statusOn(TODAY);
            e.validUntil();
        }
    }
}
