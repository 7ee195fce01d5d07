package org.msb.fuzz;

import org.junit.jupiter.api.Test;
import org.msb.error.InvalidItemException;
import org.msb.error.InvalidRegisterException;
import org.msb.item.ConfigurationItem;
import org.msb.item.ConfigurationItemParser;
import org.msb.model.policy.InvalidPolicyException;
import org.msb.model.policy.PolicyDocument;
import org.msb.model.policy.WildcardPattern;
import org.msb.register.ExceptionRegisterParser;
import org.msb.register.TagExceptions;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One named test per fuzzing finding, beside the crashing input kept in the target's Inputs directory: what the
 * input was, what it did, and the typed error it gives now.
 */
class FuzzFindingsTest {

    /**
     * ExceptionRegisterFuzzTest#parseText, input finding-last-date.yaml: an ISO extended year (+999999999-12-31) parsed as a
     * date, and the attestation due date (last + intervalDays) then threw java.time.DateTimeException from
     * ExceptionEntry.statusOn during a scan. Dates are now four-digit YYYY-MM-DD.
     */
    @Test
    void registerDateWithAnExtendedYearIsRefusedNamingEntryAndField() {
        String yaml = """
                exceptions:
                  - id: EX-1
                    rules: "*"
                    resource: "arn:aws:s3:::*"
                    reason: r
                    approver: a
                    expires: 2027-01-01
                    attestation: {intervalDays: 1, last: +999999999-12-31}
                """;
        InvalidRegisterException e = assertThrows(InvalidRegisterException.class, () -> ExceptionRegisterParser.parse(yaml, "r.yaml"));
        assertNames(e, "r.yaml", "exceptions[0] (EX-1).attestation", "'last'", "+999999999-12-31");
    }

    /**
     * ExceptionRegisterFuzzTest#parseText, input finding-many-stars-glob.yaml (found by .ci/fuzz in CI): a resource glob of
     * a hundred stars ("arn***...*:aws:s3:::*") became a regex of a hundred ".*", whose backtracking on a resource it
     * does not match never ended. The glob is now matched greedily, at worst glob x value steps.
     */
    @Test
    void resourceGlobOfManyStarsIsAnsweredAtOnce() {
        String yaml = """
                exceptions:
                  - id: EX-1
                    rules: "*"
                    resource: "arn%s:aws:s3:::*"
                    reason: r
                    approver: a
                    expires: 2027-01-01
                """.formatted("*".repeat(100));
        var entry = ExceptionRegisterParser.parse(yaml, "r.yaml").exceptions().get(0);
        assertFalse(entry.appliesTo("s3-access-logging", "111122223333", "bucket-1" + "x".repeat(2_000), null));
        assertTrue(entry.appliesTo("s3-access-logging", "111122223333", "bucket-1", "arn:aws:s3:::bucket-1"));
    }

    @Test
    void tagExpiryWithAnExtendedYearIsRefused() {
        InvalidRegisterException e = assertThrows(InvalidRegisterException.class,
                () -> TagExceptions.read(Map.of("msb:exception", "+999999999-12-31 a@example.com reason"), "r", "id"));
        assertNames(e, "msb:exception", "expiry", "+999999999-12-31");
    }

    /**
     * ConfigurationItemParserFuzzTest#parseMutatedItem, input finding-tag-object-value.json: a tag whose value is an object or an
     * array of two threw UnsupportedOperationException / IllegalStateException from Gson's getAsString, failing the
     * whole scan of the account. The value is now kept as its JSON text.
     */
    @Test
    void tagWithAStructuredValueKeepsItsJsonText() {
        ConfigurationItem ci = ConfigurationItemParser.parse("{\"resourceType\":\"AWS::S3::Bucket\",\"resourceId\":\"b\","
                + "\"tags\":{\"o\":{\"a\":1},\"l\":[1,2],\"s\":\"v\"}}");
        assertEquals("{\"a\":1}", ci.tag("o"));
        assertEquals("[1,2]", ci.tag("l"));
        assertEquals("v", ci.tag("s"));
    }

    /**
     * ConfigurationItemParserFuzzTest#parseMutatedItem, input finding-recorded-datetime-month-13.json: a recorded boto3 datetime
     * ({"year":2020,"month":13,...}) threw java.time.DateTimeException.
     */
    @Test
    void recordedDatetimeOutOfRangeIsAnInvalidItemNamingTheField() {
        InvalidItemException e = assertThrows(InvalidItemException.class, () -> ConfigurationItemParser.parse(
                "{\"resourceType\":\"T\",\"resourceId\":\"i\",\"configurationItemCaptureTime\":{\"year\":2020,\"month\":13,\"day\":1}}"));
        assertNames(e, "T i", "configurationItemCaptureTime", "MonthOfYear");
        assertThrows(InvalidItemException.class, () -> ConfigurationItemParser.parse(
                "{\"resourceType\":\"T\",\"resourceId\":\"i\",\"configurationItemCaptureTime\":{\"year\":2020,\"month\":1,\"day\":1,\"microsecond\":9999999999}}"));
    }

    /**
     * ConfigurationItemParserFuzzTest#parseMutatedItem, inputs finding-epoch-1e400.json and finding-epoch-negative.json: an epoch of 1e400 seconds silently became
     * 1970-01-01 (BigDecimal.longValue keeps the low 64 bits) and -1e20 threw DateTimeException. Both are now an
     * InvalidItemException naming the field.
     */
    @Test
    void epochTimestampOutOfRangeIsAnInvalidItemNotAWrongDate() {
        for (String v : new String[] {"1e400", "-1e20", "9223372036854775807999"}) {
            InvalidItemException e = assertThrows(InvalidItemException.class, () -> ConfigurationItemParser.parse(
                    "{\"resourceType\":\"T\",\"resourceId\":\"i\",\"configurationItemCaptureTime\":" + v + "}"), v);
            assertNames(e, "configurationItemCaptureTime", "out of range");
        }
        assertEquals(java.time.Instant.ofEpochSecond(1_700_000_000L), ConfigurationItemParser.parse(
                "{\"resourceType\":\"T\",\"resourceId\":\"i\",\"configurationItemCaptureTime\":1700000000}").captureTime());
    }

    /**
     * PolicyDocumentFuzzTest#parseText, inputs finding-long-resource.json and finding-oversized-resource.json: a policy Resource of 100,000 characters ran the wildcard matcher out of
     * memory (an n*m table of Boolean) and, shorter, out of stack (one frame per character). The matcher is now an
     * iterative row-by-row table (O(m) memory, no recursion), and a value longer than any policy AWS accepts (20 KB)
     * is an InvalidPolicyException.
     */
    @Test
    void longPolicyValuesAreMatchedWithoutRecursionAndOversizedOnesRefused() {
        String resource = "arn:aws:s3:::b/" + "a*".repeat(9_000);
        PolicyDocument p = PolicyDocument.parse("{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"" + resource + "\"}]}");
        assertTrue(p.decide("s3:GetObject", "arn:aws:s3:::b/" + "a".repeat(20_000) + "b").isGranted());
        assertFalse(p.decide("s3:GetObject", "arn:aws:s3:::c/" + "a".repeat(20_000)).isGranted());
        assertEquals(true, WildcardPattern.resource(resource).matches("arn:aws:s3:::b/" + "a".repeat(20_000)));
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> PolicyDocument.parse(
                "{\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"" + "a*".repeat(50_000) + "\"}]}"));
        assertNames(e, "Statement[0]", "Resource", "100000 characters");
    }

    /**
     * PolicyDocumentFuzzTest#parseMutatedPolicy, input finding-bare-word-policy: a policy document that is a bare word
     * (text, not JSON) recursed until StackOverflowError: Gson reads a bare word as a JSON string, which the parser
     * decoded again as an encoded document, forever. Decoding now stops after three encodings with an
     * InvalidPolicyException.
     */
    @Test
    void policyThatIsABareWordIsAnInvalidPolicyNotAStackOverflow() {
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> PolicyDocument.parse("allow", "role r, inline policy p"));
        assertNames(e, "role r, inline policy p", "must be a JSON object", "allow");
        assertThrows(InvalidPolicyException.class, () -> PolicyDocument.parse(new com.google.gson.JsonPrimitive("abc"), "p"));
        // one level of encoding (a document inside a JSON string) still reads
        String doc = "{\"Statement\":{\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"}}";
        assertTrue(PolicyDocument.parse(new com.google.gson.JsonPrimitive(doc), "p").grantsFullAdmin());
    }

    static void assertNames(Exception e, String... parts) {
        for (String p : parts) assertTrue(e.getMessage().contains(p), "\"" + e.getMessage() + "\" does not name " + p);
    }
}
