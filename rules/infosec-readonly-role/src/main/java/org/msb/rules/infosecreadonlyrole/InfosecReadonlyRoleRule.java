package org.msb.rules.infosecreadonlyrole;

import org.msb.item.ConfigurationItem;
import org.msb.model.iam.AttachedPolicy;
import org.msb.model.iam.CustomerPolicy;
import org.msb.model.iam.IamIdentity;
import org.msb.model.iam.InlinePolicy;
import org.msb.model.roles.NamedRole;
import org.msb.model.roles.ReadOnlyActions;
import org.msb.model.roles.RoleTrust;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * IR-1: the infosec read-only role exists, only the security account (its root or a role in it) or the
 * organisation's SAML identity provider may assume it, it has one of the allowed read-only policies
 * (SecurityAudit, ReadOnlyAccess) and nothing that may write: other attached policies must be customer
 * policies whose default version only reads, inline policies must only read.
 * <pre>
 * Scenario 1: Given the role trusted by the security account with SecurityAudit               Then COMPLIANT
 * Scenario 2: Given no such role                                                              Then NON_COMPLIANT "does not exist"
 * Scenario 3: Given a trust to everyone, to a third account, or to a service                  Then NON_COMPLIANT naming the principal
 * Scenario 4: Given the organisation's SAML provider in the trust                             Then COMPLIANT
 * Scenario 5: Given ReadOnlyAccess plus an inline policy allowing s3:PutObject                 Then NON_COMPLIANT naming policy and action
 * Scenario 6: Given AdministratorAccess attached as well                                      Then NON_COMPLIANT naming it
 * Scenario 7: Given a read-only customer policy beside SecurityAudit                          Then COMPLIANT
 * Scenario 8: Given securityAccountId not set                                                 Then NON_COMPLIANT (the account cannot be confirmed)
 * Scenario 9: Given the role provisioned by Identity Center (AWSReservedSSO_InfoSecReadOnly_*) Then it is found
 * Scenario 10: Given HomeRegion elsewhere                                                     Then no evaluation
 * Scenario 11: Given a failing role and a valid / expired exception                           Then COMPLIANT by exception / NON_COMPLIANT
 * Scenario 12: Given securityAccountId=12345 or a role name with a blank                      Then the invocation fails naming parameter and value
 * </pre>
 */
public final class InfosecReadonlyRoleRule implements Rule {
    static final String ROLE = "AWS::IAM::Role";
    static final String POLICY = "AWS::IAM::Policy";
    static final String ROLE_NAME = "roleName";
    static final String SECURITY_ACCOUNT = "securityAccountId";
    static final String ALLOWED_POLICIES = "allowedPolicies";

    static final RuleSpec SPEC = RuleSpec.builder("infosec-readonly-role", "IR-1")
            .title("Infosec read-only role exists and is trusted only by the security account")
            .baseline("All AWS accounts have read-only infosec role created and granted to infosec team")
            .description("The infosec read-only role exists, only the security account or the organisation's IdP may assume it, it "
                    + "has SecurityAudit or ReadOnlyAccess and no write permission.")
            .severity(Severity.MEDIUM)
            .periodic().global()
            .readsItems(ROLE, POLICY)
            .param(ParameterSpec.string(ROLE_NAME, "InfoSecReadOnly", "Name of the read-only role (or of the Identity Center permission set)")
                    .matching("[\\w+=,.@-]{1,64}", "an IAM role name"))
            .param(ParameterSpec.string(SECURITY_ACCOUNT, null, "The security account allowed to assume the role (12 digits); "
                    + "required: without it no trust can be confirmed").matching("\\d{12}", "a 12-digit account id"))
            .param(ParameterSpec.csv(ALLOWED_POLICIES, "arn:aws:iam::aws:policy/SecurityAudit,arn:aws:iam::aws:policy/ReadOnlyAccess",
                    "Managed policies of which the role must have at least one; other attached policies must only read")
                    .matching("arn:aws[a-z-]*:iam::(aws|\\d{12}):policy/[\\w+=,.@/-]+", "managed policy ARNs"))
            .remediation("Create the role InfoSecReadOnly with a trust policy allowing sts:AssumeRole only to "
                    + "arn:aws:iam::<security account>:root (or its responder roles) or your SAML IdP, attach SecurityAudit (or "
                    + "ReadOnlyAccess), and remove any policy that allows writes.")
            .managedRule("IAM_ROLE_MANAGED_POLICY_CHECK")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        String name = in.params().string(ROLE_NAME);
        String security = in.params().string(SECURITY_ACCOUNT);
        Optional<ConfigurationItem> item = NamedRole.find(in.items(ROLE), name);
        if (item.isEmpty()) {
            return List.of(in.accountNonCompliant("Role " + name + " does not exist; expected a read-only role (SecurityAudit or "
                    + "ReadOnlyAccess) that " + (security == null ? "the security account" : "account " + security) + " can assume."));
        }
        IamIdentity role = IamIdentity.of(item.get());
        List<String> problems = new ArrayList<>();
        RoleTrust trust = role.trustPolicy() == null ? null : RoleTrust.of(role.trustPolicy(), in.accountId(), security, true);
        if (trust == null) problems.add("no trust policy is recorded");
        else if (!trust.onlyTrusted()) problems.add("trusted by " + String.join(", ", trust.problems()));
        List<String> allowed = in.params().list(ALLOWED_POLICIES);
        List<AttachedPolicy> readOnly = role.attachedPolicies().stream().filter(p -> allowed.stream().anyMatch(p::is)).toList();
        if (readOnly.isEmpty()) problems.add("has none of " + String.join(", ", allowed.stream().map(InfosecReadonlyRoleRule::shortName).toList()));
        for (AttachedPolicy p : role.attachedPolicies()) {
            if (readOnly.contains(p)) continue;
            String write = writes(in, p);
            if (write != null) problems.add(write);
        }
        for (InlinePolicy p : role.inlinePolicies()) {
            List<String> writes = ReadOnlyActions.writeGrants(p.document());
            if (!writes.isEmpty()) problems.add("inline policy " + p.policyName() + " allows " + String.join(", ", writes));
        }
        if (problems.isEmpty()) {
            return List.of(in.accountCompliant("Role " + role.name() + " is assumable only by " + String.join(", ", trust.trustedBy())
                    + " and reads only (" + String.join(", ", readOnly.stream().map(a -> shortName(a.policyArn())).toList()) + ")."));
        }
        return List.of(in.accountNonCompliant("Role " + role.name() + ": " + String.join("; ", problems) + "."));
    }

    /** Why another attached policy may write, or null when it is a customer policy that only reads. */
    private static String writes(RuleInput in, AttachedPolicy p) {
        if (p.isAwsManaged()) return "also has " + shortName(p.policyArn()) + " (not in allowedPolicies)";
        Optional<ConfigurationItem> item = in.items(POLICY).stream()
                .filter(i -> i.status().isEvaluable() && p.policyArn().equals(i.arn())).findFirst();
        if (item.isEmpty()) return "policy " + shortName(p.policyArn()) + " cannot be read (no AWS::IAM::Policy item)";
        List<String> writes = ReadOnlyActions.writeGrants(CustomerPolicy.of(item.get()).defaultDocument());
        return writes.isEmpty() ? null : "policy " + shortName(p.policyArn()) + " allows " + String.join(", ", writes);
    }

    private static String shortName(String arn) { return arn.substring(arn.lastIndexOf('/') + 1); }
}
