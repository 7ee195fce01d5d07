package org.msb.cli.report.live;

import org.msb.engine.AppliedException;
import org.msb.register.ExceptionEntry;
import org.msb.register.ExceptionRegister;
import org.msb.register.ExceptionStatus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the exception the rule Lambda applied from its annotation, in the three forms
 * {@link org.msb.engine.RuleRunner} writes (applyExceptions):
 * <ul>
 *   <li>{@code Excepted by ID (approved by APPROVER, valid until YYYY-MM-DD): ...} (VALID, result COMPLIANT)</li>
 *   <li>{@code Exception ID expired on YYYY-MM-DD: ...} (EXPIRED, result NON_COMPLIANT)</li>
 *   <li>{@code Exception ID needs attestation every N days, last YYYY-MM-DD|never: ...} (ATTESTATION_OVERDUE)</li>
 * </ul>
 * Config keeps neither the reason nor where the exception came from; with a register those come from the
 * entry of the same id, otherwise the reason says it is unknown and the source is {@link #SOURCE}.
 * Config cuts annotations at 256 characters, so a valid exception whose date was cut still counts as VALID
 * with an unknown date rather than being dropped.
 */
final class ExceptionAnnotation {
    static final String SOURCE = "AWS Config annotation";
    static final String UNKNOWN_REASON = "not kept by AWS Config (give the exception register to see it)";

    private static final Pattern VALID = Pattern.compile(
            "^Excepted by (.+?) \\(approved by (.+?), valid until (\\d{4}-\\d{2}-\\d{2})\\):(?: |$)", Pattern.DOTALL);
    /** A valid exception's annotation cut by Config's limit before its date: the id is still there. */
    private static final Pattern VALID_CUT = Pattern.compile("^Excepted by (\\S+)", Pattern.DOTALL);
    private static final Pattern EXPIRED = Pattern.compile("^Exception (.+?) expired on (\\d{4}-\\d{2}-\\d{2}):(?: |$)", Pattern.DOTALL);
    private static final Pattern OVERDUE = Pattern.compile(
            "^Exception (.+?) needs attestation every (\\d+|null) days, last (\\d{4}-\\d{2}-\\d{2}|never):(?: |$)", Pattern.DOTALL);

    private ExceptionAnnotation() {}

    /** The exception an annotation names, enriched from {@code register} by id; empty when it names none. */
    static Optional<AppliedException> read(String annotation, Optional<ExceptionRegister> register) {
        if (annotation == null) return Optional.empty();
        Matcher m = VALID.matcher(annotation);
        if (m.find()) return Optional.of(build(m.group(1), ExceptionStatus.VALID, m.group(2), date(m.group(3)), register));
        m = VALID_CUT.matcher(annotation);
        if (m.find()) return Optional.of(build(m.group(1), ExceptionStatus.VALID, null, null, register));
        m = EXPIRED.matcher(annotation);
        if (m.find()) return Optional.of(build(m.group(1), ExceptionStatus.EXPIRED, null, date(m.group(2)), register));
        m = OVERDUE.matcher(annotation);
        if (m.find()) {
            LocalDate last = date(m.group(3));
            LocalDate due = last == null || !m.group(2).matches("\\d+") ? null : last.plusDays(Long.parseLong(m.group(2)));
            return Optional.of(build(m.group(1), ExceptionStatus.ATTESTATION_OVERDUE, null, due, register));
        }
        return Optional.empty();
    }

    private static AppliedException build(String id, ExceptionStatus status, String approver, LocalDate validUntil,
                                          Optional<ExceptionRegister> register) {
        Optional<ExceptionEntry> entry = register.flatMap(r -> r.exceptions().stream().filter(e -> e.id().equals(id)).findFirst());
        if (entry.isEmpty()) return new AppliedException(id, status, approver, UNKNOWN_REASON, validUntil, SOURCE);
        ExceptionEntry e = entry.get();
        // the status and date are what Config's evaluation concluded; the register adds what Config does not keep
        return new AppliedException(id, status, approver != null ? approver : e.approver(), e.reason(),
                validUntil != null ? validUntil : e.validUntil(), e.source());
    }

    private static LocalDate date(String text) {
        if (text == null || text.equals("never")) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
