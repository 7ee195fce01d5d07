package org.msb.register;

import org.junit.jupiter.api.Test;
import org.msb.error.InvalidRegisterException;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ExceptionRegisterParserTest {
    static final String REGISTER = """
            exceptions:
              - id: EX-001
                rules: [s3-access-logging]
                resource: arn:aws:s3:::public-web-*
                reason: Static website
                approver: jane.doe@example.com
                expires: 2027-03-31
                attestation: {intervalDays: 30, last: 2026-11-15, by: jane.doe@example.com}
              - id: EX-002
                rules: "*"
                account: "111122223333"
                reason: Sandbox account
                approver: ciso@example.com
                expires: 2026-01-31
            attestations:
              - {id: AT-001, rule: ir-plan-tested, subject: IR, reference: https://wiki.example.com/ir, date: 2026-06-01, by: ciso@example.com}
            """;

    @Test
    void parse_readsExceptionsAndAttestations() {
        ExceptionRegister r = ExceptionRegisterParser.parse(REGISTER, "test.yaml");
        assertEquals(2, r.exceptions().size());
        ExceptionEntry ex1 = r.exceptions().get(0);
        assertEquals(LocalDate.of(2027, 3, 31), ex1.expires());
        assertEquals(30, ex1.attestationIntervalDays());
        assertEquals(LocalDate.of(2026, 11, 15), ex1.lastAttested());
        assertTrue(ex1.appliesTo("s3-access-logging", "111122223333", "public-web-assets", "arn:aws:s3:::public-web-assets"));
        assertFalse(ex1.appliesTo("s3-access-logging", "111122223333", "private", "arn:aws:s3:::private"));
        assertFalse(ex1.appliesTo("password-policy", "111122223333", "public-web-assets", "arn:aws:s3:::public-web-assets"));
        assertEquals("IR", r.attestationsFor("ir-plan-tested", "111122223333").get(0).subject());
    }

    @Test
    void statusOn_followsExpiryAndAttestation() {
        ExceptionRegister r = ExceptionRegisterParser.parse(REGISTER, "test.yaml");
        ExceptionEntry ex1 = r.exceptions().get(0);
        assertEquals(ExceptionStatus.VALID, ex1.statusOn(LocalDate.of(2026, 12, 15)));        // last attested + 30 days
        assertEquals(ExceptionStatus.ATTESTATION_OVERDUE, ex1.statusOn(LocalDate.of(2026, 12, 16)));
        assertEquals(LocalDate.of(2026, 12, 15), ex1.validUntil());
        ExceptionEntry ex2 = r.exceptions().get(1);
        assertEquals(ExceptionStatus.VALID, ex2.statusOn(LocalDate.of(2026, 1, 31)));         // expiry day inclusive
        assertEquals(ExceptionStatus.EXPIRED, ex2.statusOn(LocalDate.of(2026, 2, 1)));
    }

    @Test
    void find_prefersAValidEntryOverAnExpiredOne() {
        ExceptionRegister r = ExceptionRegisterParser.parse(REGISTER, "test.yaml");
        var found = r.find("s3-access-logging", "111122223333", "public-web-x", "arn:aws:s3:::public-web-x", LocalDate.of(2026, 12, 1));
        assertEquals("EX-001", found.orElseThrow().id());
        var lapsed = r.find("password-policy", "111122223333", "111122223333", null, LocalDate.of(2026, 12, 1));
        assertEquals(ExceptionStatus.EXPIRED, lapsed.orElseThrow().statusOn(LocalDate.of(2026, 12, 1)));
    }

    @Test
    void parse_whenDateMalformed_namesEntryAndField() {
        InvalidRegisterException e = assertThrows(InvalidRegisterException.class, () -> ExceptionRegisterParser.parse(
                REGISTER.replace("expires: 2027-03-31", "expires: 2027-13-45"), "reg.yaml"));
        assertEquals("exception register reg.yaml, exceptions[0] (EX-001): field 'expires' \"2027-13-45\" is not a date (YYYY-MM-DD)", e.getMessage());
    }

    @Test
    void parse_whenFieldsMissingOrWrong_saysWhich() {
        assertMessage("    approver: jane.doe@example.com\n", "", "field 'approver' is missing");
        assertMessage("rules: [s3-access-logging]", "rules: [S3 Logging]", "not a rule id");
        assertMessage("account: \"111122223333\"", "account: \"1234\"", "not a 12-digit account id");
        assertMessage("    resource: arn:aws:s3:::public-web-*\n", "", "field 'resource' is missing");
        assertMessage("id: EX-002", "id: EX-001", "duplicate id EX-001");
        assertMessage("exceptions:", "exception:", "unknown top-level key 'exception'");
    }

    @Test
    void parse_whenNotYaml_isAClearError() {
        InvalidRegisterException e = assertThrows(InvalidRegisterException.class, () -> ExceptionRegisterParser.parse("exceptions: [\n  - {", "x.yaml"));
        assertTrue(e.getMessage().startsWith("exception register x.yaml is not valid YAML or JSON"), e.getMessage());
        assertThrows(InvalidRegisterException.class, () -> ExceptionRegisterParser.parse("- a\n- b", "x.yaml"));
    }

    @Test
    void parse_acceptsJson() {
        ExceptionRegister r = ExceptionRegisterParser.parse("{\"exceptions\":[{\"id\":\"E\",\"rules\":[\"password-policy\"],"
                + "\"account\":\"111122223333\",\"reason\":\"r\",\"approver\":\"a\",\"expires\":\"2027-01-01\"}]}", "x.json");
        assertEquals("E", r.exceptions().get(0).id());
    }

    @Test
    void tagExceptions_readValueAndRejectMalformed() {
        var entries = TagExceptions.read(Map.of("msb:exception:s3-access-logging", "2027-01-31 jane@example.com CDN origin SEC-42",
                "other", "x"), "s3-access-logging", "bucket-a");
        assertEquals(1, entries.size());
        assertEquals("jane@example.com", entries.get(0).approver());
        assertEquals("CDN origin SEC-42", entries.get(0).reason());
        assertTrue(TagExceptions.read(Map.of("msb:exception:other-rule", "2027-01-31 a b"), "s3-access-logging", "b").isEmpty());
        InvalidRegisterException e = assertThrows(InvalidRegisterException.class,
                () -> TagExceptions.read(Map.of("msb:exception", "31/01/2027 jane reason"), "x", "b"));
        assertTrue(e.getMessage().contains("31/01/2027"), e.getMessage());
    }

    private static void assertMessage(String from, String to, String expected) {
        InvalidRegisterException e = assertThrows(InvalidRegisterException.class,
                () -> ExceptionRegisterParser.parse(REGISTER.replace(from, to), "reg.yaml"));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
