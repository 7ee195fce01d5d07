package org.msb.rules.guarddutyenabled;

import org.msb.fact.DetFacts;
import org.msb.fact.GuardDutyDetector;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * DET-2: a GuardDuty detector is enabled in this region (GuardDuty is regional: the rule speaks for its own
 * region only), administered by the central security account when {@code CentralMonitoringAccount} is given
 * (or this account is that administrator), with the required protection plans on. {@code CentralMonitoringAccount}
 * is the parameter of the managed rule {@code GUARDDUTY_ENABLED_CENTRALIZED}; a suspended detector (status
 * DISABLED) is not enabled.
 * <pre>
 * Scenario 1: Given an enabled detector                                            Then COMPLIANT
 * Scenario 2: Given CentralMonitoringAccount=S and a detector administered by S      Then COMPLIANT naming S
 * Scenario 3: Given CentralMonitoringAccount=this account                            Then COMPLIANT (it is the administrator)
 * Scenario 4: Given no detector                                                      Then NON_COMPLIANT, not enabled in the region
 * Scenario 5: Given a suspended detector                                             Then NON_COMPLIANT, suspended
 * Scenario 6: Given no, another, or a not yet accepted administrator                 Then NON_COMPLIANT naming found and expected
 * Scenario 7: Given requiredFeatures=RUNTIME_MONITORING and it is disabled           Then NON_COMPLIANT naming the plan
 * Scenario 8: Given a deleted detector                                               Then NOT_APPLICABLE for it (framework)
 * Scenario 9: Given a failing account and a valid / expired exception                Then COMPLIANT / NON_COMPLIANT naming it
 * Scenario 10: Given a malformed account id or feature name                          Then the invocation fails naming it
 * </pre>
 */
public final class GuarddutyEnabledRule implements Rule {
    static final String DETECTOR = "AWS::GuardDuty::Detector";
    static final String CENTRAL = "CentralMonitoringAccount";
    static final String FEATURES = "requiredFeatures";

    static final RuleSpec SPEC = RuleSpec.builder("guardduty-enabled", "DET-2")
            .title("GuardDuty is enabled and centrally administered")
            .baseline("Enable Amazon GuardDuty")
            .description("A GuardDuty detector is enabled (not suspended) in this region, administered by the central security "
                    + "account when given, with the required protection plans on.")
            .severity(Severity.HIGH)
            // a detector change re-evaluates at once; periodic runs catch a region where no detector exists at all
            .onChange(DETECTOR).periodic()
            .reads(DetFacts.GUARDDUTY_DETECTORS)
            .param(ParameterSpec.csv(CENTRAL, null, "Accounts that may administer GuardDuty (the delegated administrator); "
                    + "empty = any or none").matching("\\d{12}", "12-digit account ids"))
            .param(ParameterSpec.csv(FEATURES, null, "Protection plans that must be ENABLED, e.g. S3_DATA_EVENTS, EKS_AUDIT_LOGS, "
                    + "EBS_MALWARE_PROTECTION, RDS_LOGIN_EVENTS, RUNTIME_MONITORING, LAMBDA_NETWORK_LOGS; empty = none")
                    .matching("[A-Z][A-Z0-9_]{2,63}", "GuardDuty feature names such as S3_DATA_EVENTS"))
            .remediation("Enable GuardDuty in this region (aws guardduty create-detector --enable, or resume a suspended one with "
                    + "update-detector --enable), ideally from the delegated administrator with auto-enable for the organization; "
                    + "accept the administrator's invitation and turn on the required protection plans.")
            .managedRule("GUARDDUTY_ENABLED_CENTRALIZED")
            .securityHub("GuardDuty.1")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<GuardDutyDetector> detectors = in.fact(DetFacts.GUARDDUTY_DETECTORS).detectors();
        if (detectors.isEmpty()) {
            return List.of(in.accountNonCompliant("GuardDuty is not enabled in " + in.region() + ": no detector; expected an enabled "
                    + "detector in every region" + centralText(in) + "."));
        }
        GuardDutyDetector d = detectors.stream().filter(x -> "ENABLED".equals(x.status())).findFirst().orElse(detectors.get(0));
        if (!"ENABLED".equals(d.status())) {
            return List.of(in.accountNonCompliant("GuardDuty detector " + d.detectorId() + " in " + in.region() + " is suspended (status "
                    + d.status() + "); expected ENABLED."));
        }
        List<String> failures = new ArrayList<>();
        String admin = administration(in, d, failures);
        List<String> off = new ArrayList<>();
        for (String required : in.params().list(FEATURES)) {
            if (d.features().stream().noneMatch(f -> required.equals(f.name()) && "ENABLED".equals(f.status()))) off.add(required);
        }
        if (!off.isEmpty()) failures.add("protection plans not enabled: " + String.join(", ", off));
        if (!failures.isEmpty()) {
            return List.of(in.accountNonCompliant("GuardDuty detector " + d.detectorId() + " in " + in.region() + " is enabled, but "
                    + String.join("; ", failures) + "."));
        }
        return List.of(in.accountCompliant("GuardDuty detector " + d.detectorId() + " is enabled in " + in.region() + admin
                + (in.params().list(FEATURES).isEmpty() ? "" : " with " + String.join(", ", in.params().list(FEATURES))) + "."));
    }

    /** How the detector is administered, for the annotation; adds a failure when it is not the central account. */
    private static String administration(RuleInput in, GuardDutyDetector d, List<String> failures) {
        List<String> central = in.params().list(CENTRAL);
        String admin = d.administratorAccountId();
        if (central.isEmpty()) return admin == null ? "" : ", administered by " + admin;
        if (central.contains(in.accountId())) return " (this account is the central administrator)";
        if (admin == null) {
            failures.add("it has no administrator account (expected " + String.join(" or ", central) + ")");
        } else if (!central.contains(admin)) {
            failures.add("it is administered by " + admin + " (expected " + String.join(" or ", central) + ")");
        } else if (!"Enabled".equalsIgnoreCase(d.administratorRelationshipStatus())) {
            failures.add("the relationship with administrator " + admin + " is " + d.administratorRelationshipStatus() + " (expected Enabled)");
        }
        return ", administered by " + admin;
    }

    private static String centralText(RuleInput in) {
        List<String> central = in.params().list(CENTRAL);
        return central.isEmpty() ? "" : ", administered by " + String.join(" or ", central);
    }

}
