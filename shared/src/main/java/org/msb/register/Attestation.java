package org.msb.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated statement that a procedural control was carried out: the IR plan tested, a runbook reviewed,
 * contacts confirmed, a role's permissions reviewed. Rules marked (A) read these; they expire by date.
 *
 * @param rule the rule id it serves
 * @param subject what was attested (a plan name, a runbook type, a role name, "contacts")
 * @param reference where the evidence lives (a document URL, ticket)
 */
public record Attestation(String id, String rule, String subject, String reference, LocalDate date, String by,
                          String account) {
    public Attestation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(date, "date");
    }

    public boolean appliesTo(String ruleId, String accountId) {
        return rule.equals(ruleId) && (account == null || account.equals(accountId));
    }
}
