package org.msb.engine;

import org.msb.register.ExceptionStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an exception annotation says, and its one text format. {@link RuleRunner} writes it into a result an
 * exception decided; reports read it back from AWS Config, which keeps nothing else of the exception. Config
 * console users read this text and existing reports parse it, so the wire text does not change:
 * <ul>
 *   <li>{@code Excepted by ID (approved by APPROVER, valid until YYYY-MM-DD): FINDING} (VALID, result COMPLIANT)</li>
 *   <li>{@code Exception ID expired on YYYY-MM-DD: FINDING} (EXPIRED, result NON_COMPLIANT)</li>
 *   <li>{@code Exception ID needs attestation every N days, last YYYY-MM-DD|never: FINDING} (ATTESTATION_OVERDUE)</li>
 * </ul>
 * Every text goes through Config's 256-character limit ({@link Annotations#limit}). A valid exception whose date
 * that limit cut off still reads as VALID, with no date, rather than as no exception.
 *
 * @param approver only in the VALID form
 * @param validUntil VALID: the date given; EXPIRED: the expiry; ATTESTATION_OVERDUE: when the attestation fell due;
 *                   null where the annotation does not say (cut, or never attested)
 */
public record ExceptionAnnotation(String id, ExceptionStatus status, String approver, LocalDate validUntil) {

    private static final Pattern VALID = Pattern.compile(
            "^Excepted by (.+?) \\(approved by (.+?), valid until (\\d{4}-\\d{2}-\\d{2})\\):(?: |$)", Pattern.DOTALL);
    /** A valid exception's annotation cut by Config's limit before its date: the id is still there. */
    private static final Pattern VALID_CUT = Pattern.compile("^Excepted by (\\S+)", Pattern.DOTALL);
    private static final Pattern EXPIRED = Pattern.compile("^Exception (.+?) expired on (\\d{4}-\\d{2}-\\d{2}):(?: |$)", Pattern.DOTALL);
    private static final Pattern OVERDUE = Pattern.compile(
            "^Exception (.+?) needs attestation every (\\d+|null) days, last (\\d{4}-\\d{2}-\\d{2}|never):(?: |$)", Pattern.DOTALL);

    /** A failing result made COMPLIANT by a valid exception; {@code finding} is the rule's own annotation (may be null). */
    public static String valid(String id, String approver, LocalDate validUntil, String finding) {
        return Annotations.limit("Excepted by " + id + " (approved by " + approver + ", valid until " + validUntil + "): " + text(finding));
    }

    /** A failing result whose exception expired on {@code expiredOn}. */
    public static String expired(String id, LocalDate expiredOn, String finding) {
        return Annotations.limit("Exception " + id + " expired on " + expiredOn + ": " + text(finding));
    }

    /** A failing result whose exception needs an attestation every {@code everyDays}; {@code lastAttested} null = never. */
    public static String attestationOverdue(String id, Integer everyDays, LocalDate lastAttested, String finding) {
        return Annotations.limit("Exception " + id + " needs attestation every " + everyDays + " days, last "
                + (lastAttested == null ? "never" : lastAttested.toString()) + ": " + text(finding));
    }

    /** The exception an annotation names; empty when it names none (text that merely mentions one does not count). */
    public static Optional<ExceptionAnnotation> parse(String annotation) {
        if (annotation == null) return Optional.empty();
        Matcher m = VALID.matcher(annotation);
        if (m.find()) return Optional.of(new ExceptionAnnotation(m.group(1), ExceptionStatus.VALID, m.group(2), date(m.group(3))));
        m = VALID_CUT.matcher(annotation);
        if (m.find()) return Optional.of(new ExceptionAnnotation(m.group(1), ExceptionStatus.VALID, null, null));
        m = EXPIRED.matcher(annotation);
        if (m.find()) return Optional.of(new ExceptionAnnotation(m.group(1), ExceptionStatus.EXPIRED, null, date(m.group(2))));
        m = OVERDUE.matcher(annotation);
        if (m.find()) {
            LocalDate last = date(m.group(3));
            LocalDate due = last == null || !m.group(2).matches("\\d+") ? null : last.plusDays(Long.parseLong(m.group(2)));
            return Optional.of(new ExceptionAnnotation(m.group(1), ExceptionStatus.ATTESTATION_OVERDUE, null, due));
        }
        return Optional.empty();
    }

    private static String text(String finding) { return finding == null ? "" : finding; }

    private static LocalDate date(String text) {
        if (text == null || text.equals("never")) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;  // a well-shaped but impossible date (2026-02-30): the exception is named, its date unknown
        }
    }
}
