package org.msb.engine;

import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;

/**
 * A rule's evaluation after the framework applied exceptions and Config's limits. {@code exception} is set
 * when an exception was considered: VALID ones made the result COMPLIANT ("compliant by exception"),
 * EXPIRED or ATTESTATION_OVERDUE ones left it NON_COMPLIANT. Reports count the former separately.
 */
public record RuleResult(String ruleId, String controlId, Evaluation evaluation, AppliedException exception) {

    public Compliance compliance() { return evaluation.compliance(); }

    public boolean compliantByException() {
        return exception != null && exception.status() == org.msb.register.ExceptionStatus.VALID;
    }
}
