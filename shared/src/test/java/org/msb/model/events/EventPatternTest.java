package org.msb.model.events;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** EventBridge content filtering as the EventBridge user guide ("Event patterns", "Content filtering") describes it. */
class EventPatternTest {
    static final JsonObject EC2 = json("""
            {"version": "0", "id": "6a7e8feb-b491-4cf7-a9f1-bf3703467718", "detail-type": "EC2 Instance State-change Notification",
             "source": "aws.ec2", "account": "111122223333", "time": "2017-12-22T18:43:48Z", "region": "us-west-1",
             "resources": ["arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0"],
             "detail": {"instance-id": "i-1234567890abcdef0", "state": "terminated", "c-count": 5, "d-count": 3.5,
                        "x-limit": 301.8, "source-ip": "10.0.0.33", "flag": true, "none": null,
                        "tags": [{"key": "env", "value": "prod"}, {"key": "team", "value": "sec"}]}}""");

    static JsonObject json(String s) { return JsonParser.parseString(s).getAsJsonObject(); }

    static boolean matches(String pattern) { return EventPattern.parse(pattern).matches(EC2); }

    @Test
    void matches_whenExactValues_everyFieldMustMatchAndArraysAreAlternatives() {
        assertTrue(matches("{\"source\": [\"aws.ec2\"], \"detail\": {\"state\": [\"running\", \"terminated\"]}}"));
        assertFalse(matches("{\"source\": [\"aws.ec2\"], \"detail\": {\"state\": [\"running\"]}}"));
        assertFalse(matches("{\"source\": [\"aws.s3\"], \"detail\": {\"state\": [\"terminated\"]}}"));
        assertTrue(matches("{\"detail\": {\"c-count\": [5.0], \"flag\": [true], \"none\": [null]}}"), "numbers compare as numbers");
        assertFalse(matches("{\"detail\": {\"c-count\": [\"5\"]}}"), "a string does not match a number");
        assertFalse(matches("{\"detail\": {\"missing\": [\"x\"]}}"));
    }

    @Test
    void matches_whenEventValueIsArray_anyElementMatches() {
        assertTrue(matches("{\"resources\": [\"arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0\"]}"));
        assertTrue(matches("{\"detail\": {\"tags\": {\"key\": [\"team\"]}}}"), "arrays of objects are flattened");
        assertTrue(matches("{\"detail\": {\"tags\": {\"key\": [\"env\"], \"value\": [\"sec\"]}}}"),
                "flattening: the two fields may come from different elements, as in EventBridge");
    }

    @Test
    void matches_whenContentFilters_behaveAsDocumented() {
        assertTrue(matches("{\"detail\": {\"state\": [{\"prefix\": \"term\"}]}}"));
        assertTrue(matches("{\"detail\": {\"state\": [{\"prefix\": {\"equals-ignore-case\": \"TERM\"}}]}}"));
        assertTrue(matches("{\"detail\": {\"state\": [{\"suffix\": \"nated\"}]}}"));
        assertTrue(matches("{\"detail\": {\"state\": [{\"equals-ignore-case\": \"TERMINATED\"}]}}"));
        assertTrue(matches("{\"detail\": {\"state\": [{\"wildcard\": \"t*a*d\"}]}}"));
        assertFalse(matches("{\"detail\": {\"state\": [{\"wildcard\": \"t*x\"}]}}"));
        assertTrue(matches("{\"detail\": {\"state\": [{\"anything-but\": [\"running\", \"stopped\"]}]}}"));
        assertFalse(matches("{\"detail\": {\"state\": [{\"anything-but\": {\"prefix\": \"term\"}}]}}"));
        assertFalse(matches("{\"detail\": {\"missing\": [{\"anything-but\": \"x\"}]}}"), "anything-but needs a value");
        assertTrue(matches("{\"detail\": {\"c-count\": [{\"numeric\": [\">\", 0, \"<=\", 5]}], \"d-count\": [{\"numeric\": [\"<\", 10]}]}}"));
        assertFalse(matches("{\"detail\": {\"x-limit\": [{\"numeric\": [\"=\", 301.7]}]}}"));
        assertFalse(matches("{\"detail\": {\"state\": [{\"numeric\": [\">\", 0]}]}}"), "numeric needs a number");
        assertTrue(matches("{\"detail\": {\"source-ip\": [{\"cidr\": \"10.0.0.0/24\"}]}}"));
        assertFalse(matches("{\"detail\": {\"source-ip\": [{\"cidr\": \"10.0.1.0/24\"}]}}"));
    }

    @Test
    void matches_whenExists_testsWhetherTheFieldHasAValue() {
        assertTrue(matches("{\"detail\": {\"state\": [{\"exists\": true}]}}"));
        assertTrue(matches("{\"detail\": {\"missing\": [{\"exists\": false}]}}"));
        assertFalse(matches("{\"detail\": {\"state\": [{\"exists\": false}]}}"));
        assertTrue(matches("{\"nowhere\": {\"missing\": [{\"exists\": false}]}}"), "absent parent: the leaf is absent too");
    }

    @Test
    void matches_whenOr_anyAlternativeAtThatLevel() {
        assertTrue(matches("{\"source\": [\"aws.ec2\"], \"$or\": [{\"detail\": {\"state\": [\"running\"]}}, {\"detail\": {\"c-count\": [5]}}]}"));
        assertFalse(matches("{\"$or\": [{\"detail\": {\"state\": [\"running\"]}}, {\"source\": [\"aws.s3\"]}]}"));
        assertTrue(matches("{\"detail\": {\"$or\": [{\"state\": [\"running\"]}, {\"flag\": [true]}]}}"));
    }

    @Test
    void parse_whenInvalid_namesTheField() {
        assertTrue(assertThrows(EventPatternException.class, () -> EventPattern.parse("{\"source\": \"aws.ec2\"}")).getMessage()
                .contains("field source must be an array"));
        assertTrue(assertThrows(EventPatternException.class, () -> EventPattern.parse("{\"detail\": {\"x\": [{\"regex\": \"a\"}]}}"))
                .getMessage().contains("detail.x uses an unknown matcher \"regex\""));
        assertTrue(assertThrows(EventPatternException.class, () -> EventPattern.parse("{\"detail\": {\"x\": [{\"numeric\": [\">\"]}]}}"))
                .getMessage().contains("numeric needs"));
        assertTrue(assertThrows(EventPatternException.class, () -> EventPattern.parse("{}")).getMessage().contains("non-empty"));
        assertTrue(assertThrows(EventPatternException.class, () -> EventPattern.parse("{\"a\": []}")).getMessage().contains("empty array"));
        assertTrue(assertThrows(EventPatternException.class, () -> EventPattern.parse("not json")).getMessage().contains("not JSON"));
    }
}
