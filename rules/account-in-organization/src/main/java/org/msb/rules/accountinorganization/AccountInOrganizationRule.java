package org.msb.rules.accountinorganization;

import org.msb.fact.AmFacts;
import org.msb.fact.OrganizationMembership;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * AM-2: the account belongs to an AWS Organization with all features enabled (service control policies,
 * delegated administrators and organization-wide services need them), to the expected organization when
 * {@code expectedOrganizationId} is given, and under the expected management account when the managed rule's
 * {@code MasterAccountId} is given. A standalone account (AWSOrganizationsNotInUseException) is NON_COMPLIANT,
 * as in ACCOUNT_PART_OF_ORGANIZATIONS; a denied DescribeOrganization fails the invocation.
 * <pre>
 * Scenario 1: Given membership of o-a1b2c3d4e5 with all features           Then COMPLIANT naming organization and management account
 * Scenario 2: Given a standalone account                                    Then NON_COMPLIANT, "not a member of an AWS Organization"
 * Scenario 3: Given consolidated billing only                               Then NON_COMPLIANT, "feature set CONSOLIDATED_BILLING (expected ALL)"
 * Scenario 4: Given requireAllFeatures=false and consolidated billing only  Then COMPLIANT
 * Scenario 5: Given expectedOrganizationId=o-zzzz... and another organization  Then NON_COMPLIANT naming both ids
 * Scenario 6: Given MasterAccountId and another management account          Then NON_COMPLIANT naming both accounts
 * Scenario 7: Given HomeRegion is another region                            Then no evaluation
 * Scenario 8: Given a failure and a valid (or expired) register exception   Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 9: Given expectedOrganizationId=org-1                            Then the invocation fails naming parameter and value
 * </pre>
 */
public final class AccountInOrganizationRule implements Rule {
    static final String EXPECTED_ORGANIZATION = "expectedOrganizationId";
    static final String REQUIRE_ALL_FEATURES = "requireAllFeatures";
    /** The managed rule's name for the expected management account. */
    static final String MASTER_ACCOUNT = "MasterAccountId";

    static final RuleSpec SPEC = RuleSpec.builder("account-in-organization", "AM-2")
            .title("Account is enrolled in the AWS Organization")
            .baseline("All accounts must be enrolled in the AWS Organization structure for centralized management")
            .description("The account is a member of an AWS Organization with all features enabled, the expected organization "
                    + "and management account when given.")
            .severity(Severity.MEDIUM)
            .periodic().global()
            .reads(AmFacts.ORGANIZATION)
            .param(ParameterSpec.string(EXPECTED_ORGANIZATION, null, "Organization id the account must belong to (o-...); empty = any")
                    .matching("o-[a-z0-9]{10,32}", "an organization id such as o-a1b2c3d4e5"))
            .param(ParameterSpec.bool(REQUIRE_ALL_FEATURES, true, "Require the organization's feature set ALL (not consolidated billing only)"))
            .param(ParameterSpec.string(MASTER_ACCOUNT, null, "Management account id the organization must have (as the managed rule); empty = any")
                    .matching("\\d{12}", "a 12-digit account id"))
            .remediation("From the organization's management account invite the account (aws organizations invite-account-to-organization "
                    + "--target Id=ACCOUNT_ID,Type=ACCOUNT) and accept the handshake in the account; to enable all features run "
                    + "aws organizations enable-all-features in the management account and have every member approve.")
            .managedRule("ACCOUNT_PART_OF_ORGANIZATIONS")
            .securityHub("Account.2")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        OrganizationMembership m = in.fact(AmFacts.ORGANIZATION);
        String expectedOrg = in.params().string(EXPECTED_ORGANIZATION);
        String expectedManagement = in.params().string(MASTER_ACCOUNT);
        if (!m.member()) {
            return List.of(in.accountNonCompliant("The account is not a member of an AWS Organization (standalone); expected membership"
                    + (expectedOrg == null ? "" : " of " + expectedOrg) + "."));
        }
        List<String> problems = new ArrayList<>();
        if (expectedOrg != null && !expectedOrg.equals(m.organizationId())) {
            problems.add("organization " + m.organizationId() + " (expected " + expectedOrg + ")");
        }
        if (expectedManagement != null && !expectedManagement.equals(m.managementAccountId())) {
            problems.add("management account " + m.managementAccountId() + " (expected " + expectedManagement + ")");
        }
        if (in.params().boolValue(REQUIRE_ALL_FEATURES) && !"ALL".equals(m.featureSet())) {
            problems.add("feature set " + m.featureSet() + " (expected ALL: SCPs and organization-wide services need it)");
        }
        if (!problems.isEmpty()) return List.of(in.accountNonCompliant("Account's organization: " + String.join("; ", problems) + "."));
        return List.of(in.accountCompliant("Member of organization " + m.organizationId() + " (feature set " + m.featureSet()
                + ", management account " + m.managementAccountId() + ")."));
    }
}
