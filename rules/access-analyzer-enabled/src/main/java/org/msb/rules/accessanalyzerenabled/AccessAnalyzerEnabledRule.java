package org.msb.rules.accessanalyzerenabled;

import org.msb.fact.AccessAnalyzer;
import org.msb.fact.DetFacts;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DET-3: an ACTIVE IAM Access Analyzer for external access (zone of trust the account or the organization)
 * exists in this region; Access Analyzer is regional, so the rule speaks for its own region only. Matches
 * the managed rule {@code IAM_EXTERNAL_ACCESS_ANALYZER_ENABLED} and can also require an organization
 * analyzer (run where it lives: the management or delegated administrator account, since members do not
 * list it) and an unused-access analyzer. Analyzers that are CREATING, DISABLED or FAILED do not count.
 * <pre>
 * Scenario 1: Given an ACTIVE account analyzer                                        Then COMPLIANT naming it
 * Scenario 2: Given requireOrganizationAnalyzer and an ACTIVE organization analyzer   Then COMPLIANT
 * Scenario 3: Given no analyzer                                                         Then NON_COMPLIANT
 * Scenario 4: Given only an unused-access analyzer                                      Then NON_COMPLIANT: it finds no external access
 * Scenario 5: Given a DISABLED organization analyzer                                    Then NON_COMPLIANT naming status and reason
 * Scenario 6: Given requireOrganizationAnalyzer and only an account analyzer            Then NON_COMPLIANT
 * Scenario 7: Given requireUnusedAccessAnalyzer and none                                Then NON_COMPLIANT
 * Scenario 8: Given a deleted analyzer                                                  Then NOT_APPLICABLE for it (framework)
 * Scenario 9: Given a failing account and a valid / expired exception                   Then COMPLIANT / NON_COMPLIANT naming it
 * Scenario 10: Given requireOrganizationAnalyzer=yes                                    Then the invocation fails naming it
 * </pre>
 */
public final class AccessAnalyzerEnabledRule implements Rule {
    static final String ANALYZER = "AWS::AccessAnalyzer::Analyzer";
    static final String REQUIRE_ORGANIZATION = "requireOrganizationAnalyzer";
    static final String REQUIRE_UNUSED = "requireUnusedAccessAnalyzer";
    static final Set<String> EXTERNAL = Set.of("ACCOUNT", "ORGANIZATION");
    static final Set<String> UNUSED = Set.of("ACCOUNT_UNUSED_ACCESS", "ORGANIZATION_UNUSED_ACCESS");

    static final RuleSpec SPEC = RuleSpec.builder("access-analyzer-enabled", "DET-3")
            .title("IAM Access Analyzer is active in the region")
            .baseline("Enable IAM Access Analyzer")
            .description("An ACTIVE IAM Access Analyzer for external access (account or organization) exists in this region; "
                    + "an organization or unused-access analyzer when required.")
            .severity(Severity.MEDIUM)
            .onChange(ANALYZER).periodic()
            .reads(DetFacts.ACCESS_ANALYZERS)
            .param(ParameterSpec.bool(REQUIRE_ORGANIZATION, false, "Require an analyzer whose zone of trust is the organization "
                    + "(deploy to the management or delegated administrator account: members do not see it)"))
            .param(ParameterSpec.bool(REQUIRE_UNUSED, false, "Also require an active unused-access analyzer (account or organization)"))
            .remediation("Create an analyzer in this region: aws accessanalyzer create-analyzer --analyzer-name external-access "
                    + "--type ACCOUNT (or --type ORGANIZATION from the delegated administrator); for unused access use "
                    + "--type ACCOUNT_UNUSED_ACCESS. Re-enable trusted access for Access Analyzer if an organization analyzer is DISABLED.")
            .managedRule("IAM_EXTERNAL_ACCESS_ANALYZER_ENABLED")
            .securityHub("IAM.28")
            .cis("CIS v1.4.0 1.20", "CIS v3.0.0 1.20")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<AccessAnalyzer> analyzers = in.fact(DetFacts.ACCESS_ANALYZERS).analyzers();
        boolean orgRequired = in.params().boolValue(REQUIRE_ORGANIZATION);
        boolean unusedRequired = in.params().boolValue(REQUIRE_UNUSED);
        Set<String> externalTypes = orgRequired ? Set.of("ORGANIZATION") : EXTERNAL;
        String externalWhat = orgRequired ? "an ACTIVE organization analyzer" : "an ACTIVE external-access analyzer (account or organization)";
        if (analyzers.isEmpty()) {
            return List.of(in.accountNonCompliant("No IAM Access Analyzer analyzer in " + in.region() + "; expected " + externalWhat
                    + (unusedRequired ? " and an unused-access analyzer" : "") + "."));
        }
        List<String> failures = new ArrayList<>();
        AccessAnalyzer external = activeOf(analyzers, externalTypes);
        if (external == null) {
            failures.add(missing(in, analyzers, externalTypes, orgRequired ? "organization analyzer" : "external-access analyzer", externalWhat));
        }
        AccessAnalyzer unused = unusedRequired ? activeOf(analyzers, UNUSED) : null;
        if (unusedRequired && unused == null) {
            failures.add(missing(in, analyzers, UNUSED, "unused-access analyzer", "an ACTIVE unused-access analyzer"));
        }
        if (!failures.isEmpty()) return List.of(in.accountNonCompliant(String.join(" ", failures)));
        return List.of(in.accountCompliant("Analyzer " + external.name() + " (" + external.type() + ") is ACTIVE in " + in.region()
                + (unused == null ? "" : "; unused access: " + unused.name()) + "."));
    }

    private static AccessAnalyzer activeOf(List<AccessAnalyzer> all, Set<String> types) {
        return all.stream().filter(a -> types.contains(a.type()) && "ACTIVE".equals(a.status())).findFirst().orElse(null);
    }

    /** Names what exists instead: analyzers of the wanted kind that are not active, or analyzers of other kinds. */
    private static String missing(RuleInput in, List<AccessAnalyzer> all, Set<String> types, String kind, String expected) {
        List<String> inactive = new ArrayList<>(), others = new ArrayList<>();
        for (AccessAnalyzer a : all) {
            if (types.contains(a.type())) {
                inactive.add(a.name() + " (" + a.type() + ") is " + a.status() + (a.statusReason() == null ? "" : " (" + a.statusReason() + ")"));
            } else {
                others.add(a.name() + " (" + a.type() + ")");
            }
        }
        if (!inactive.isEmpty()) return "Analyzer " + String.join("; ", inactive) + ": expected " + expected + ".";
        return "No " + kind + " in " + in.region() + ", only " + String.join(", ", others) + "; expected " + expected + ".";
    }
}
