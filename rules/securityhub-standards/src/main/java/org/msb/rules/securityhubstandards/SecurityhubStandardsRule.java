package org.msb.rules.securityhubstandards;

import org.msb.fact.DetFacts;
import org.msb.fact.SecurityHubStandards;
import org.msb.fact.SecurityHubStandardsSubscription;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * DET-5: Security Hub is enabled in this region (it is regional: the rule speaks for its own region) and every
 * required standard is subscribed and READY. A subscription that is PENDING, INCOMPLETE (e.g. no Config
 * recorder), FAILED or DELETING runs no controls, so it is not enabled. Required standards are given by name
 * ({@code cis-aws-foundations-benchmark}: any version), name and version ({@code pci-dss/v/4.0.1}) or full
 * standards ARN; ARNs of other regions and the region-less CIS 1.2.0 ruleset ARN match by name and version.
 * Exceeds {@code SECURITYHUB_ENABLED}, which checks only that the hub exists.
 * <pre>
 * Scenario 1: Given FSBP and CIS 3.0.0 READY (defaults)                                Then COMPLIANT naming both
 * Scenario 2: Given the region-less CIS 1.2.0 ruleset ARN READY                          Then it counts as CIS
 * Scenario 3: Given required ARNs of another region                                      Then they match by name and version
 * Scenario 4: Given Security Hub not enabled (InvalidAccessException)                    Then NON_COMPLIANT
 * Scenario 5: Given CIS INCOMPLETE (NO_AVAILABLE_CONFIGURATION_RECORDER)                 Then NON_COMPLIANT naming status and reason
 * Scenario 6: Given pci-dss required and not subscribed                                  Then NON_COMPLIANT naming it
 * Scenario 7: Given cis-aws-foundations-benchmark/v/3.0.0 required and only v1.2.0       Then NON_COMPLIANT
 * Scenario 8: Given a disabled standard (deleted AWS::SecurityHub::Standard)             Then NOT_APPLICABLE for it (framework)
 * Scenario 9: Given a failing account and a valid / expired exception                    Then COMPLIANT / NON_COMPLIANT naming it
 * Scenario 10: Given a required standard that is not a name or standards ARN             Then the invocation fails naming it
 * </pre>
 */
public final class SecurityhubStandardsRule implements Rule {
    static final String STANDARD = "AWS::SecurityHub::Standard";
    static final String REQUIRED = "requiredStandards";

    static final RuleSpec SPEC = RuleSpec.builder("securityhub-standards", "DET-5")
            .title("Security Hub runs the required standards")
            .baseline("Enable AWS Security Hub (Enable applicable compliance standard: Security Foundations, PCI-DSS, CIS Benchmark)")
            .description("Security Hub is enabled in this region and every required standard (FSBP and CIS by default) is "
                    + "subscribed and READY; PENDING, INCOMPLETE or FAILED subscriptions run no controls.")
            .severity(Severity.HIGH)
            .onChange(STANDARD).periodic()
            .reads(DetFacts.SECURITYHUB_STANDARDS)
            .param(ParameterSpec.csv(REQUIRED, "aws-foundational-security-best-practices,cis-aws-foundations-benchmark",
                    "Standards that must be READY: names (any version), name/v/version, or standards ARNs, e.g. "
                            + "aws-foundational-security-best-practices, cis-aws-foundations-benchmark/v/3.0.0, pci-dss")
                    .matching(StandardId.FORMAT, "standard names, name/v/version or Security Hub standards ARNs"))
            .remediation("Enable Security Hub in this region (aws securityhub enable-security-hub, or central configuration from the "
                    + "delegated administrator) and the required standards (aws securityhub batch-enable-standards "
                    + "--standards-subscription-requests StandardsArn=...); an INCOMPLETE standard needs AWS Config recording here.")
            .managedRule("SECURITYHUB_ENABLED")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        SecurityHubStandards hub = in.fact(DetFacts.SECURITYHUB_STANDARDS);
        List<StandardId> required = in.params().list(REQUIRED).stream().map(StandardId::parse).toList();
        if (!hub.hubEnabled()) {
            return List.of(in.accountNonCompliant("Security Hub is not enabled in " + in.region()
                    + (hub.notEnabledReason() == null ? "" : " (" + hub.notEnabledReason() + ")") + "; expected it enabled with "
                    + join(required) + " READY."));
        }
        List<String> ready = new ArrayList<>(), problems = new ArrayList<>();
        for (StandardId want : required) {
            List<SecurityHubStandardsSubscription> candidates = hub.subscriptions().stream()
                    .filter(s -> want.matches(StandardId.parse(s.standardsArn()))).toList();
            SecurityHubStandardsSubscription good = candidates.stream().filter(s -> "READY".equals(s.status())).findFirst().orElse(null);
            if (good != null) {
                ready.add(StandardId.parse(good.standardsArn()).toString());
            } else if (candidates.isEmpty()) {
                problems.add(want + " not enabled");
            } else {
                SecurityHubStandardsSubscription s = candidates.get(0);
                problems.add(StandardId.parse(s.standardsArn()) + " is " + s.status()
                        + (s.statusReasonCode() == null ? "" : " (" + s.statusReasonCode() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            return List.of(in.accountNonCompliant("Security Hub standards not ready in " + in.region() + ": " + String.join("; ", problems)
                    + (ready.isEmpty() ? "" : " (READY: " + String.join(", ", ready) + ")") + "; expected READY."));
        }
        return List.of(in.accountCompliant("Security Hub is enabled in " + in.region() + " with " + String.join(", ", ready) + " READY."));
    }

    private static String join(List<StandardId> ids) {
        return String.join(", ", ids.stream().map(StandardId::toString).toList());
    }
}
