package org.msb.rules.runbooksdocumented;

import org.msb.item.ConfigurationItem;
import org.msb.register.Attestation;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * IR-4: a runbook exists for each required incident type and was reviewed within the interval. A runbook is an
 * SSM Automation document of the account tagged with the incident type ({@code msb:incident-type=malware}; several
 * types separated by blanks or {@code +}), or an attestation in the register whose subject is the type and whose
 * reference says where the runbook lives. Its last review is the newest of: an attestation for the type, the
 * document's {@code msb:reviewed} tag (YYYY-MM-DD), the document's creation.
 * <pre>
 * Scenario 1: Given four tagged Automation documents reviewed this year          Then COMPLIANT
 * Scenario 2: Given no document and no attestation                               Then NON_COMPLIANT naming every type
 * Scenario 3: Given attested runbooks (wiki references) for every type           Then COMPLIANT
 * Scenario 4: Given a tagged document last reviewed 700 days ago                 Then NON_COMPLIANT with the date and age
 * Scenario 5: Given a tagged document reviewed long ago and a fresh attestation  Then COMPLIANT (the attestation is the review)
 * Scenario 6: Given a tagged Command (not Automation) document                   Then not a runbook
 * Scenario 7: Given a document whose msb:reviewed tag is not a date              Then NON_COMPLIANT saying so
 * Scenario 8: Given an attestation without a reference and no document          Then NON_COMPLIANT (no runbook shown)
 * Scenario 9: Given HomeRegion elsewhere                                         Then no evaluation
 * Scenario 10: Given a failing account and a valid / expired exception           Then COMPLIANT by exception / NON_COMPLIANT
 * Scenario 11: Given requiredRunbooks with an upper-case name or maxAgeDays=0    Then the invocation fails naming parameter and value
 * </pre>
 */
public final class RunbooksDocumentedRule implements Rule {
    static final String DOCUMENT = "AWS::SSM::Document";
    static final String REQUIRED = "requiredRunbooks";
    static final String MAX_AGE = "maxAgeDays";
    static final String TYPE_TAG = "incidentTypeTagKey";
    static final String REVIEWED_TAG = "reviewedTagKey";

    static final RuleSpec SPEC = RuleSpec.builder("runbooks-documented", "IR-4")
            .title("Runbooks exist for common incidents and are reviewed")
            .baseline("Runbooks have been developed and documented for common incident events")
            .description("Each required incident type has a runbook (an SSM Automation document tagged with the type, or an "
                    + "attested document) reviewed within maxAgeDays.")
            .severity(Severity.MEDIUM)
            .periodic().global().attestationBased()
            .readsItems(DOCUMENT)
            .param(ParameterSpec.csv(REQUIRED, "compromised-credentials,public-data-exposure,compromised-instance,malware",
                    "Incident types that need a runbook").matching("[a-z0-9][a-z0-9-]{0,62}", "incident types (lower case, digits, -)"))
            .param(ParameterSpec.integer(MAX_AGE, 365, 1, 3650, "Days within which each runbook must have been reviewed"))
            .param(ParameterSpec.string(TYPE_TAG, "msb:incident-type", "Tag on an SSM Automation document naming the incident type(s) it handles")
                    .matching("[\\p{L}\\p{Z}\\p{N}_.:/=+@-]{1,128}", "an AWS tag key"))
            .param(ParameterSpec.string(REVIEWED_TAG, "msb:reviewed", "Tag on the document holding the date of its last review (YYYY-MM-DD)")
                    .matching("[\\p{L}\\p{Z}\\p{N}_.:/=+@-]{1,128}", "an AWS tag key"))
            .remediation("Write the runbook as an SSM Automation document tagged msb:incident-type=<type> (and msb:reviewed=<date> "
                    + "after each review), or keep it elsewhere and record each review: msb attest --rule runbooks-documented "
                    + "--subject <type> --reference <link> --date <review date> --by <who>.")
            .build();

    /** What shows a runbook for one type: its name and the date of its last review, if any. */
    private record Evidence(String runbook, LocalDate reviewed, String problem) {}

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        int maxAge = in.params().intValue(MAX_AGE);
        LocalDate today = in.today();
        List<ConfigurationItem> automation = in.items(DOCUMENT).stream()
                .filter(d -> d.status().isEvaluable() && "Automation".equals(d.property("DocumentType").text())).toList();
        List<Attestation> records = in.register().attestationsFor(SPEC.id(), in.accountId()).stream()
                .filter(a -> !a.date().isAfter(today)).toList();
        List<String> failed = new ArrayList<>();
        LocalDate oldest = null;
        List<String> types = in.params().list(REQUIRED);
        for (String type : types) {
            Evidence e = evidence(in, type, automation, records);
            long age = e.reviewed() == null ? -1 : ChronoUnit.DAYS.between(e.reviewed(), today);
            String note = e.problem() == null ? "" : " (" + e.problem() + ")";
            if (e.runbook() == null) failed.add(type + ": no runbook" + note);
            else if (e.reviewed() == null) failed.add(type + ": " + e.runbook() + " never reviewed" + note);
            else if (age > maxAge) failed.add(type + ": " + e.runbook() + " last reviewed " + e.reviewed() + " (" + age + " days ago)" + note);
            else if (oldest == null || e.reviewed().isBefore(oldest)) oldest = e.reviewed();
        }
        if (failed.isEmpty()) {
            return List.of(in.accountCompliant("All " + types.size() + " runbooks exist and were reviewed within " + maxAge
                    + " days (oldest review " + oldest + ")."));
        }
        return List.of(in.accountNonCompliant("Runbooks missing or not reviewed within " + maxAge + " days: " + String.join("; ", failed) + "."));
    }

    private static Evidence evidence(RuleInput in, String type, List<ConfigurationItem> automation, List<Attestation> records) {
        String typeTag = in.params().string(TYPE_TAG);
        String reviewedTag = in.params().string(REVIEWED_TAG);
        List<ConfigurationItem> docs = automation.stream().filter(d -> handles(d.tag(typeTag), type)).toList();
        List<Attestation> attested = records.stream().filter(a -> a.subject() != null && a.subject().trim().equalsIgnoreCase(type)).toList();
        String runbook = docs.isEmpty() ? null : "SSM document " + docs.get(0).displayName();
        if (runbook == null) {
            runbook = attested.stream().filter(a -> a.reference() != null && !a.reference().isBlank()).map(a -> a.reference().trim())
                    .findFirst().orElse(null);
        }
        List<LocalDate> reviews = new ArrayList<>();
        attested.forEach(a -> reviews.add(a.date()));
        String problem = null;
        for (ConfigurationItem d : docs) {
            if (d.resourceCreationTime() != null) reviews.add(d.resourceCreationTime().atZone(ZoneOffset.UTC).toLocalDate());
            String tag = d.tag(reviewedTag);
            if (tag == null) continue;
            try {
                LocalDate reviewed = LocalDate.parse(tag.trim());
                if (!reviewed.isAfter(in.today())) reviews.add(reviewed);
                else problem = "tag " + reviewedTag + "=" + tag + " on " + d.displayName() + " is in the future";
            } catch (DateTimeParseException e) {
                problem = "tag " + reviewedTag + "=\"" + tag + "\" on " + d.displayName() + " is not a date (YYYY-MM-DD)";
            }
        }
        if (runbook == null && !attested.isEmpty()) problem = "attestation " + attested.get(0).id() + " names no runbook reference";
        Optional<LocalDate> newest = reviews.stream().max(Comparator.naturalOrder());
        return new Evidence(runbook, newest.orElse(null), problem);
    }

    /** The tag value lists the type, alone or among others separated by blanks or '+'. */
    private static boolean handles(String tagValue, String type) {
        return tagValue != null && Arrays.stream(tagValue.trim().split("[\\s+]+")).anyMatch(t -> t.equalsIgnoreCase(type));
    }
}
