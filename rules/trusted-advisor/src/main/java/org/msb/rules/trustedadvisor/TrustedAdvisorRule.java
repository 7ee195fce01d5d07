package org.msb.rules.trustedadvisor;

import org.msb.fact.DetFacts;
import org.msb.fact.TrustedAdvisorCheck;
import org.msb.fact.TrustedAdvisorChecks;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.List;

/**
 * DET-6: the Trusted Advisor security checks are available to the account and no more of them than allowed
 * are red. The Support API serves Trusted Advisor only with a Business, Enterprise On-Ramp or Enterprise
 * support plan; without one the annotation says so, and {@code missingPlanIs} decides the verdict
 * (NON_COMPLIANT by default, NOT_APPLICABLE when the organization accepts the core checks). Account-wide
 * and served from us-east-1, so it runs in the home region only. No managed rule covers it.
 * <pre>
 * Scenario 1: Given Business support and no red security check                       Then COMPLIANT with the counts
 * Scenario 2: Given one red check and maxRedChecks=1                                  Then COMPLIANT
 * Scenario 3: Given red checks above maxRedChecks                                     Then NON_COMPLIANT naming them and flagged resources
 * Scenario 4: Given no Business support (SubscriptionRequiredException)               Then NON_COMPLIANT saying the plan lacks the API
 * Scenario 5: Given no Business support and missingPlanIs=NOT_APPLICABLE              Then NOT_APPLICABLE saying why
 * Scenario 6: Given the API answers but lists no security check                       Then NON_COMPLIANT
 * Scenario 7: Given HomeRegion is another region                                      Then no evaluation (the home region answers)
 * Scenario 8: Given a red check and a valid / expired exception                       Then COMPLIANT / NON_COMPLIANT naming it
 * Scenario 9: Given maxRedChecks=-1 or missingPlanIs=COMPLIANT                        Then the invocation fails naming it
 * </pre>
 */
public final class TrustedAdvisorRule implements Rule {
    static final String MAX_RED = "maxRedChecks";
    static final String MISSING_PLAN = "missingPlanIs";
    static final String RED = "error";

    static final RuleSpec SPEC = RuleSpec.builder("trusted-advisor", "DET-6")
            .title("Trusted Advisor security checks are available and not red")
            .baseline("Leverage and integrate Trusted Advisor findings")
            .description("The support plan gives the Trusted Advisor security checks (Business or higher) and no more of them "
                    + "than maxRedChecks are red; without the plan the gap is named.")
            .severity(Severity.MEDIUM)
            .periodic().global()
            .reads(DetFacts.TRUSTED_ADVISOR_SECURITY_CHECKS)
            .param(ParameterSpec.integer(MAX_RED, 0, 0, 500, "How many Trusted Advisor security checks may be red (error)"))
            .param(ParameterSpec.choice(MISSING_PLAN, "NON_COMPLIANT", List.of("NON_COMPLIANT", "NOT_APPLICABLE"),
                    "The verdict when the support plan does not give the Trusted Advisor API (Basic or Developer support)"))
            .remediation("Fix the resources the red security checks flag (Trusted Advisor console > Security), or suppress "
                    + "reviewed ones; without Business, Enterprise On-Ramp or Enterprise support, upgrade the plan to get every "
                    + "security check and the API, or accept the core checks with missingPlanIs=NOT_APPLICABLE.")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        TrustedAdvisorChecks ta = in.fact(DetFacts.TRUSTED_ADVISOR_SECURITY_CHECKS);
        if (!ta.available()) {
            Compliance verdict = Compliance.valueOf(in.params().string(MISSING_PLAN));
            return List.of(in.account(verdict, "Trusted Advisor security checks are not available: the support plan lacks the "
                    + "Trusted Advisor API (Business, Enterprise On-Ramp or Enterprise support needed)"
                    + (ta.unavailableReason() == null ? "" : "; AWS: " + ta.unavailableReason()) + "."));
        }
        if (ta.checks().isEmpty()) {
            return List.of(in.accountNonCompliant("Trusted Advisor answered but lists no security check; expected the security category."));
        }
        List<TrustedAdvisorCheck> red = ta.checks().stream().filter(c -> RED.equals(c.status())).toList();
        long yellow = ta.checks().stream().filter(c -> "warning".equals(c.status())).count();
        long green = ta.checks().stream().filter(c -> "ok".equals(c.status())).count();
        int max = in.params().intValue(MAX_RED);
        if (red.size() > max) {
            StringBuilder a = new StringBuilder().append(red.size()).append(" Trusted Advisor security check")
                    .append(red.size() == 1 ? " is" : "s are").append(" red (at most ").append(max).append(" allowed): ");
            for (int i = 0; i < red.size(); i++) {
                TrustedAdvisorCheck c = red.get(i);
                a.append(i == 0 ? "" : "; ").append(c.name()).append(" (").append(c.resourcesFlagged()).append(" flagged)");
            }
            return List.of(in.accountNonCompliant(a.append(".").toString()));
        }
        return List.of(in.accountCompliant(ta.checks().size() + " Trusted Advisor security checks: " + red.size() + " red (at most "
                + max + " allowed), " + yellow + " yellow, " + green + " green."));
    }
}
