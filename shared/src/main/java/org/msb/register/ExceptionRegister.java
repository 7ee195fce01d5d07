package org.msb.register;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The central register: governed exceptions and attestation records, read-only. */
public record ExceptionRegister(String source, List<ExceptionEntry> exceptions, List<Attestation> attestations) {

    public ExceptionRegister {
        exceptions = List.copyOf(exceptions);
        attestations = List.copyOf(attestations);
    }

    public static ExceptionRegister empty() { return new ExceptionRegister("none", List.of(), List.of()); }

    /**
     * The register entry that covers a result, preferring one valid on {@code today}; otherwise the one that
     * lapsed last, so the annotation can say which exception expired.
     */
    public Optional<ExceptionEntry> find(String ruleId, String accountId, String resourceId, String arn, LocalDate today) {
        List<ExceptionEntry> matching = exceptions.stream()
                .filter(e -> e.appliesTo(ruleId, accountId, resourceId, arn)).toList();
        Optional<ExceptionEntry> valid = matching.stream()
                .filter(e -> e.statusOn(today) == ExceptionStatus.VALID)
                .max(Comparator.comparing(ExceptionEntry::validUntil));
        return valid.isPresent() ? valid : matching.stream().max(Comparator.comparing(ExceptionEntry::validUntil));
    }

    /** Attestations for a rule in an account, newest first. */
    public List<Attestation> attestationsFor(String ruleId, String accountId) {
        return attestations.stream().filter(a -> a.appliesTo(ruleId, accountId))
                .sorted(Comparator.comparing(Attestation::date).reversed()).toList();
    }

    public ExceptionRegister plus(List<ExceptionEntry> more) {
        java.util.ArrayList<ExceptionEntry> all = new java.util.ArrayList<>(exceptions);
        all.addAll(more);
        return new ExceptionRegister(source, all, attestations);
    }
}
