package org.msb.engine;

import org.junit.jupiter.api.Test;
import org.msb.register.ExceptionStatus;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three annotation forms: their exact wire text, and that each reads back to what was written. */
class ExceptionAnnotationTest {
    static final LocalDate DAY = LocalDate.parse("2027-01-31");

    @Test
    void valid_wireTextAndRoundTrip() {
        String text = ExceptionAnnotation.valid("EX-1", "jane", DAY, "bucket b is public");
        assertEquals("Excepted by EX-1 (approved by jane, valid until 2027-01-31): bucket b is public", text);
        assertEquals(Optional.of(new ExceptionAnnotation("EX-1", ExceptionStatus.VALID, "jane", DAY)), ExceptionAnnotation.parse(text));
    }

    @Test
    void expired_wireTextAndRoundTrip() {
        String text = ExceptionAnnotation.expired("EX-2", LocalDate.parse("2026-11-01"), "logging is off");
        assertEquals("Exception EX-2 expired on 2026-11-01: logging is off", text);
        assertEquals(Optional.of(new ExceptionAnnotation("EX-2", ExceptionStatus.EXPIRED, null, LocalDate.parse("2026-11-01"))),
                ExceptionAnnotation.parse(text));
    }

    @Test
    void attestationOverdue_wireTextAndRoundTrip_dueDateIsLastPlusInterval() {
        String text = ExceptionAnnotation.attestationOverdue("EX-3", 30, LocalDate.parse("2026-09-01"), "port 22 open");
        assertEquals("Exception EX-3 needs attestation every 30 days, last 2026-09-01: port 22 open", text);
        assertEquals(Optional.of(new ExceptionAnnotation("EX-3", ExceptionStatus.ATTESTATION_OVERDUE, null, LocalDate.parse("2026-10-01"))),
                ExceptionAnnotation.parse(text));
    }

    @Test
    void attestationNeverGiven_readsWithoutADate() {
        String text = ExceptionAnnotation.attestationOverdue("EX-4", 90, null, "x");
        assertEquals("Exception EX-4 needs attestation every 90 days, last never: x", text);
        ExceptionAnnotation a = ExceptionAnnotation.parse(text).orElseThrow();
        assertEquals(ExceptionStatus.ATTESTATION_OVERDUE, a.status());
        assertNull(a.validUntil());
    }

    @Test
    void noFinding_endsAtTheColonAndStillReadsBack() {
        String text = ExceptionAnnotation.valid("EX-5", "Doe, Jane (CISO)", DAY, null);
        assertEquals("Excepted by EX-5 (approved by Doe, Jane (CISO), valid until 2027-01-31):", text);
        assertEquals(new ExceptionAnnotation("EX-5", ExceptionStatus.VALID, "Doe, Jane (CISO)", DAY), ExceptionAnnotation.parse(text).orElseThrow());
    }

    @Test
    void longFinding_isCutToConfigsLimit_andTheExceptionStillReadsBackWhole() {
        String text = ExceptionAnnotation.valid("EX-6", "jane", DAY, "x".repeat(400));
        assertEquals(Annotations.MAX, text.length());
        assertTrue(text.endsWith(" [truncated]"), text);
        assertEquals(new ExceptionAnnotation("EX-6", ExceptionStatus.VALID, "jane", DAY), ExceptionAnnotation.parse(text).orElseThrow());

        String expired = ExceptionAnnotation.expired("EX-7", DAY, "y".repeat(400));
        assertEquals(Annotations.MAX, expired.length());
        assertEquals(new ExceptionAnnotation("EX-7", ExceptionStatus.EXPIRED, null, DAY), ExceptionAnnotation.parse(expired).orElseThrow());
    }

    @Test
    void approverSoLongTheLimitCutsTheDate_stillValid_withNoDate() {
        String text = ExceptionAnnotation.valid("EX-8", "a".repeat(300) + "@example.com", DAY, "bucket b is public");
        assertEquals(Annotations.MAX, text.length());
        assertFalse(text.contains("valid until"), text);
        ExceptionAnnotation a = ExceptionAnnotation.parse(text).orElseThrow();
        assertEquals("EX-8", a.id());
        assertEquals(ExceptionStatus.VALID, a.status());
        assertNull(a.approver());
        assertNull(a.validUntil(), "the date was cut: reports show it as unknown");
    }

    @Test
    void aWellShapedButImpossibleDate_namesTheExceptionWithoutADate() {
        ExceptionAnnotation a = ExceptionAnnotation.parse("Exception EX-9 expired on 2026-02-30: x").orElseThrow();
        assertEquals("EX-9", a.id());
        assertNull(a.validUntil());
    }

    @Test
    void textThatMerelyMentionsAnExceptionIsNotOne() {
        assertEquals(Optional.empty(), ExceptionAnnotation.parse("Bucket logs to Exception EX-1 expired on 2026-01-01: bucket"));
        assertEquals(Optional.empty(), ExceptionAnnotation.parse("Exception EX-1 expired on 2026-01-01 (no colon)"));
        assertEquals(Optional.empty(), ExceptionAnnotation.parse("server access logging is off"));
        assertEquals(Optional.empty(), ExceptionAnnotation.parse(null));
    }
}
