package org.msb.rules.leastprivilege;

import org.msb.item.ConfigurationItem;
import org.msb.item.Relationship;
import org.msb.model.iam.AttachedPolicy;
import org.msb.model.iam.CustomerPolicy;
import org.msb.model.iam.IamIdentity;
import org.msb.model.iam.InlinePolicy;
import org.msb.model.policy.PolicyDocument;
import org.msb.model.policy.WildcardPattern;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * IAM-7: least privilege. On every change of an IAM user, group, role or customer managed policy:
 * <ul>
 *   <li>users get permissions only through groups or roles: no inline or directly attached policy
 *       ({@code IAM_USER_NO_POLICIES_CHECK}, IAM.2);</li>
 *   <li>no customer managed or inline policy grants {@code *:*} on {@code *} ({@code IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS},
 *       IAM.1), full access to a {@code sensitiveServices} service on {@code *} ({@code svc:*}, IAM.21 for those
 *       services), or a {@code sensitiveActions} action on {@code *} (iam:PassRole, sts:AssumeRole, kms:Decrypt;
 *       KMS.1/KMS.2 in part); conditional grants are not grants;</li>
 *   <li>AWS managed admin-equivalent policies ({@code policyArns}, as {@code IAM_POLICY_BLACKLISTED_CHECK}) are
 *       attached only to {@code allowedAdminPrincipals} (names or ARNs, wildcards; also excuse admin-level
 *       inline grants of those principals, and customer admin policies attached only to them).</li>
 * </ul>
 * Service-linked roles are NOT_APPLICABLE (AWS owns their policies); so are policies used only as a
 * permissions boundary when {@code excludePermissionBoundaryPolicy} is true.
 * <pre>
 * Scenario 1: Given a user with only group memberships                    Then COMPLIANT
 * Scenario 2: Given a user with an inline or attached policy               Then NON_COMPLIANT naming them
 * Scenario 3: Given a customer policy allowing * on *                      Then NON_COMPLIANT "grants *:* on *"; with an MFA condition, COMPLIANT
 * Scenario 4: Given a role with AdministratorAccess, allowed / not allowed  Then COMPLIANT / NON_COMPLIANT
 * Scenario 5: Given a group inline policy with s3:* on *                   Then NON_COMPLIANT "full s3 access on *"
 * Scenario 6: Given a service-linked role, or a deleted item               Then NOT_APPLICABLE
 * Scenario 7: Given a valid / expired exception; sensitiveServices "I AM"  Then by exception / expired / the invocation fails
 * </pre>
 */
public final class LeastPrivilegeRule implements Rule {
    static final String USER = "AWS::IAM::User", GROUP = "AWS::IAM::Group", ROLE = "AWS::IAM::Role", POLICY = "AWS::IAM::Policy";
    static final String ALLOWED_ADMINS = "allowedAdminPrincipals";
    static final String SERVICES = "sensitiveServices";
    static final String ACTIONS = "sensitiveActions";
    static final String POLICY_ARNS = "policyArns";
    static final String EXCLUDE_BOUNDARY = "excludePermissionBoundaryPolicy";

    static final RuleSpec SPEC = RuleSpec.builder("least-privilege", "IAM-7")
            .title("Least-privilege IAM permissions")
            .baseline("Grant least privilege: permissions through groups and roles, no administrative wildcards")
            .description("Users get permissions only through groups or roles; no policy grants *:*, full access to sensitive "
                    + "services or sensitive actions on *; admin policies only on allowed principals.")
            .severity(Severity.HIGH)
            .onChange(USER, GROUP, ROLE, POLICY)
            .param(ParameterSpec.csv(ALLOWED_ADMINS, null,
                    "Users, groups or roles (names or ARNs, wildcards * and ?) that may hold administrator-level permissions")
                    .matching("[\\w+=,.@*?:/-]{1,512}", "IAM names or ARNs"))
            .param(ParameterSpec.csv(SERVICES, "iam,kms,organizations,sts,s3,ec2",
                    "Services whose full access (svc:*) on every resource is flagged").matching("[a-z0-9-]{2,40}", "service prefixes such as iam"))
            .param(ParameterSpec.csv(ACTIONS, "iam:PassRole,sts:AssumeRole,kms:Decrypt",
                    "Actions flagged when allowed on every resource (*)").matching("[a-z0-9-]{2,40}:[A-Za-z0-9*?]+", "actions such as iam:PassRole"))
            .param(ParameterSpec.csv(POLICY_ARNS, "arn:aws:iam::aws:policy/AdministratorAccess,arn:aws:iam::aws:policy/IAMFullAccess",
                    "Managed policies allowed only on allowedAdminPrincipals").matching("arn:[a-z-]+:iam::(aws|\\d{12}):policy/[\\w+=,.@/-]+", "policy ARNs"))
            .param(ParameterSpec.bool(EXCLUDE_BOUNDARY, false, "Skip customer policies used only as permissions boundaries"))
            .remediation("Attach policies to groups or roles, not users; replace wildcard grants with the actions and resources the "
                    + "workload needs (IAM Access Analyzer policy generation helps); keep AdministratorAccess to allowedAdminPrincipals.")
            .managedRule("IAM_USER_NO_POLICIES_CHECK", "IAM_POLICY_NO_STATEMENTS_WITH_ADMIN_ACCESS", "IAM_POLICY_NO_STATEMENTS_WITH_FULL_ACCESS",
                    "IAM_NO_INLINE_POLICY_CHECK", "IAM_POLICY_BLACKLISTED_CHECK")
            .securityHub("IAM.1", "IAM.2", "IAM.21")
            .cis("CIS v1.2.0 1.16", "CIS v1.2.0 1.22", "CIS v1.4.0 1.15", "CIS v1.4.0 1.16")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        ConfigurationItem item = in.item();
        return List.of(item.resourceType().equals(POLICY) ? policy(in, item) : identity(in, item));
    }

    private Evaluation identity(RuleInput in, ConfigurationItem item) {
        IamIdentity id = IamIdentity.of(item);
        if (id.isServiceLinked()) return in.notApplicable(item, "Service-linked " + id.label() + ": AWS owns its policies.");
        boolean allowedAdmin = allowedAdmin(in, id.name(), id.arn());
        List<String> problems = new ArrayList<>();
        if (id.kind() == IamIdentity.Kind.USER) {
            if (!id.inlinePolicies().isEmpty()) problems.add("inline polic" + (id.inlinePolicies().size() == 1 ? "y " : "ies ") + names(id.inlinePolicies()));
            if (!id.attachedPolicies().isEmpty()) {
                problems.add("directly attached " + String.join(", ", id.attachedPolicies().stream().map(a -> a.policyName() != null ? a.policyName() : a.policyArn()).toList()));
            }
        }
        for (InlinePolicy p : id.inlinePolicies()) {
            List<String> grants = grants(in, p.document());
            if (!grants.isEmpty() && !(allowedAdmin && adminLevel(grants))) problems.add("inline " + p.policyName() + " " + String.join(", ", grants));
        }
        if (!allowedAdmin) {
            for (AttachedPolicy a : id.attachedPolicies()) {
                if (in.params().list(POLICY_ARNS).stream().anyMatch(a::is)) problems.add(a.policyName() + " attached (not an allowedAdminPrincipal)");
            }
        }
        String label = Character.toUpperCase(id.label().charAt(0)) + id.label().substring(1);
        if (problems.isEmpty()) {
            String via = id.kind() == IamIdentity.Kind.USER ? " gets permissions through " + (id.groups().isEmpty() ? "no group" : "groups " + String.join(", ", id.groups()))
                    : " has no wildcard grant" + (allowedAdmin ? " beyond those allowed (allowedAdminPrincipals)" : "");
            return in.compliant(item, label + via + ".");
        }
        String expected = id.kind() == IamIdentity.Kind.USER ? "expected permissions only through groups or roles, no wildcard grants"
                : "expected scoped actions and resources";
        return in.nonCompliant(item, label + ": " + String.join("; ", problems) + "; " + expected + ".");
    }

    private Evaluation policy(RuleInput in, ConfigurationItem item) {
        if (item.arn() != null && item.arn().contains(":iam::aws:policy/")) return in.notApplicable(item, "AWS managed policy: AWS maintains it.");
        CustomerPolicy p = CustomerPolicy.of(item);
        if (in.params().boolValue(EXCLUDE_BOUNDARY) && p.isOnlyPermissionsBoundary()) {
            return in.notApplicable(item, "Policy " + p.name() + " is used only as a permissions boundary (excludePermissionBoundaryPolicy=true).");
        }
        List<String> grants = grants(in, p.defaultDocument());
        if (grants.isEmpty()) return in.compliant(item, "Policy " + p.name() + " (" + p.defaultVersionId() + ") grants no wildcard administrative access.");
        List<Relationship> attachedTo = item.relationships().stream()
                .filter(r -> r.resourceType().matches("AWS::IAM::(User|Group|Role)")).toList();
        if (adminLevel(grants) && !attachedTo.isEmpty()
                && attachedTo.stream().allMatch(r -> allowedAdmin(in, r.resourceName() != null ? r.resourceName() : r.resourceId(), null))) {
            return in.compliant(item, "Policy " + p.name() + " " + String.join(", ", grants) + ", attached only to allowedAdminPrincipals.");
        }
        return in.nonCompliant(item, "Policy " + p.name() + " (" + p.defaultVersionId() + ") " + String.join(", ", grants)
                + "; expected scoped actions and resources (" + (p.attachmentCount() == 0 ? "not attached" : "attached to "
                + p.attachmentCount() + " identit" + (p.attachmentCount() == 1 ? "y" : "ies")) + ").");
    }

    /** What a document grants unconditionally that this rule flags: *:*, svc:* on *, a sensitive action on *. */
    private static List<String> grants(RuleInput in, PolicyDocument doc) {
        if (doc.grantsFullAdmin()) return List.of("grants *:* on *");
        List<String> out = new ArrayList<>();
        List<String> full = in.params().list(SERVICES).stream().filter(doc::grantsFullAccess).toList();
        if (!full.isEmpty()) out.add("grants full " + String.join(", ", full) + " access on *");
        for (String action : in.params().list(ACTIONS)) {
            String service = action.substring(0, action.indexOf(':'));
            if (!full.contains(service) && doc.decide(action, "*").isGranted()) out.add("allows " + action + " on *");
        }
        return out;
    }

    /** Admin-level findings (*:* or full service access), which allowedAdminPrincipals may hold. */
    private static boolean adminLevel(List<String> grants) {
        return grants.stream().allMatch(g -> g.startsWith("grants "));
    }

    private static boolean allowedAdmin(RuleInput in, String name, String arn) {
        for (String p : in.params().list(ALLOWED_ADMINS)) {
            if (p.startsWith("arn:")) {
                if (arn != null && WildcardPattern.resource(p).matches(arn)) return true;
            } else if (name != null && new WildcardPattern(p, true).matches(name)) {
                return true;
            }
        }
        return false;
    }

    private static String names(List<InlinePolicy> ps) { return String.join(", ", ps.stream().map(InlinePolicy::policyName).toList()); }
}
