package org.msb.cli.report.live;

import org.msb.engine.AppliedException;
import org.msb.engine.ExceptionAnnotation;
import org.msb.register.ExceptionEntry;
import org.msb.register.ExceptionRegister;

import java.util.Optional;

/**
 * The exception the rule Lambda applied, read back from the annotation it wrote ({@link ExceptionAnnotation}).
 * Config keeps neither the reason nor where the exception came from; with a register those come from the
 * entry of the same id, otherwise the reason says it is unknown and the source is {@link #SOURCE}.
 */
final class AppliedExceptions {
    static final String SOURCE = "AWS Config annotation";
    static final String UNKNOWN_REASON = "not kept by AWS Config (give the exception register to see it)";

    private AppliedExceptions() {}

    /** The exception an annotation names, enriched from {@code register} by id; empty when it names none. */
    static Optional<AppliedException> fromAnnotation(String annotation, Optional<ExceptionRegister> register) {
        return ExceptionAnnotation.parse(annotation).map(a -> enrich(a, register));
    }

    private static AppliedException enrich(ExceptionAnnotation a, Optional<ExceptionRegister> register) {
        Optional<ExceptionEntry> entry = register.flatMap(r -> r.exceptions().stream().filter(e -> e.id().equals(a.id())).findFirst());
        if (entry.isEmpty()) return new AppliedException(a.id(), a.status(), a.approver(), UNKNOWN_REASON, a.validUntil(), SOURCE);
        ExceptionEntry e = entry.get();
        // the status and date are what Config's evaluation concluded; the register adds what Config does not keep
        return new AppliedException(a.id(), a.status(), a.approver() != null ? a.approver() : e.approver(), e.reason(),
                a.validUntil() != null ? a.validUntil() : e.validUntil(), e.source());
    }
}
