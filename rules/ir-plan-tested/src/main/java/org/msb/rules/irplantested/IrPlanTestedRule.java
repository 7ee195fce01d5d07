package org.msb.rules.irplantested;

import org.msb.register.Attestation;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IR-3: each required plan (incident response, business continuity...) is documented and was tested within
 * the interval, as attestation records in the register say ({@code msb attest}): subject = the plan, reference =
 * where the plan lives, date = when it was last tested, by = who attests. Records expire by their date.
 * <pre>
 * Scenario 1: Given IR and BCP attested with references within 365 days     Then COMPLIANT naming dates and who
 * Scenario 2: Given no attestation at all                                    Then NON_COMPLIANT naming each plan
 * Scenario 3: Given BCP last tested 600 days ago                             Then NON_COMPLIANT, "BCP: last tested ... 600 days ago"
 * Scenario 4: Given IR attested without a plan reference                     Then NON_COMPLIANT, "no plan reference"
 * Scenario 5: Given a record dated in the future only                        Then NON_COMPLIANT, not counted
 * Scenario 6: Given a record for another account only                        Then NON_COMPLIANT (records name their account)
 * Scenario 7: Given plans=IR,BCP,DR and DR missing                           Then NON_COMPLIANT naming DR
 * Scenario 8: Given HomeRegion elsewhere                                     Then no evaluation (one result per account)
 * Scenario 9: Given a failing account and a valid / expired exception        Then COMPLIANT by exception / NON_COMPLIANT saying it expired
 * Scenario 10: Given maxAgeDays=0 or a plan named "IR plan"                 Then the invocation fails naming parameter and value
 * </pre>
 */
public final class IrPlanTestedRule implements Rule {
    static final String MAX_AGE = "maxAgeDays";
    static final String PLANS = "plans";

    static final RuleSpec SPEC = RuleSpec.builder("ir-plan-tested", "IR-3")
            .title("Incident response and business continuity plans are documented and tested")
            .baseline("All AWS accounts/workloads have IR and BCP plans documented and regularly tested")
            .description("Each required plan (IR, BCP) has an attestation in the register that names the plan document and a "
                    + "test date within maxAgeDays, and who attests it.")
            .severity(Severity.MEDIUM)
            .periodic().global().attestationBased()
            .param(ParameterSpec.integer(MAX_AGE, 365, 1, 3650, "Days within which each plan must have been tested"))
            .param(ParameterSpec.csv(PLANS, "IR,BCP", "Plans that must be documented and tested; each is an attestation subject")
                    .matching("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", "plan names (letters, digits, _ . -)"))
            .remediation("Test the plan (tabletop or live exercise), then record it: msb attest --rule ir-plan-tested --subject IR "
                    + "--reference <link to the plan and test report> --date <test date> --by <who>, in the register named by "
                    + "ExceptionRegister.")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        int maxAge = in.params().intValue(MAX_AGE);
        LocalDate today = in.today();
        List<Attestation> records = in.register().attestationsFor(SPEC.id(), in.accountId());
        List<String> passed = new ArrayList<>(), failed = new ArrayList<>();
        for (String plan : in.params().list(PLANS)) {
            List<Attestation> forPlan = records.stream().filter(a -> a.subject() != null && a.subject().trim().equalsIgnoreCase(plan)).toList();
            Optional<Attestation> latest = forPlan.stream().filter(a -> !a.date().isAfter(today)).findFirst();  // newest first
            boolean documented = forPlan.stream().anyMatch(a -> !a.date().isAfter(today) && a.reference() != null && !a.reference().isBlank());
            if (latest.isEmpty()) {
                failed.add(plan + ": " + (forPlan.isEmpty() ? "no attestation" : "only a record dated in the future (" + forPlan.get(0).date() + ")"));
                continue;
            }
            Attestation a = latest.get();
            long age = ChronoUnit.DAYS.between(a.date(), today);
            if (age > maxAge) failed.add(plan + ": last tested " + a.date() + " (" + age + " days ago)");
            else if (!documented) failed.add(plan + ": tested " + a.date() + " but no plan reference recorded");
            else passed.add(plan + " " + a.date() + " (" + a.by() + ")");
        }
        if (failed.isEmpty()) {
            return List.of(in.accountCompliant("Plans tested within " + maxAge + " days: " + String.join(", ", passed) + "."));
        }
        return List.of(in.accountNonCompliant("Plans not shown documented and tested within " + maxAge + " days: "
                + String.join("; ", failed) + ". Record tests with msb attest."));
    }
}
