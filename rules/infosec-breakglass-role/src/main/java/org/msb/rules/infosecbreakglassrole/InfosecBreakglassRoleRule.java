package org.msb.rules.infosecbreakglassrole;

import org.msb.fact.IrFacts;
import org.msb.item.ConfigurationItem;
import org.msb.model.iam.AttachedPolicy;
import org.msb.model.iam.CustomerPolicy;
import org.msb.model.iam.IamIdentity;
import org.msb.model.monitoring.EventRoutes;
import org.msb.model.monitoring.MetricFilterAlarms;
import org.msb.model.monitoring.RoleUseAlarms;
import org.msb.model.monitoring.TrailLogGroups;
import org.msb.model.roles.NamedRole;
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
 * IR-2: the break-glass role exists, has administrator access, only the security account (its root or a role
 * in it) may assume it, with MFA required, and assuming it raises an alarm: an enabled EventBridge rule with a
 * target, or a CloudTrail metric filter (on a trail log group in this region) whose metric has an alarm with an
 * action, that catches the AssumeRole of this role and not of others. Judged in the home region, where the
 * AssumeRole events of this account's trail and default bus arrive.
 * <pre>
 * Scenario 1: Given the role, MFA in the trust, AdministratorAccess, an EventBridge rule with a target  Then COMPLIANT
 * Scenario 2: Given the same with a metric filter and an alarm that notifies instead of the rule       Then COMPLIANT
 * Scenario 3: Given no such role                                                                   Then NON_COMPLIANT
 * Scenario 4: Given no MFA condition (requireMfa true)                                            Then NON_COMPLIANT naming who may skip MFA
 * Scenario 5: Given requireMfa=false and no MFA condition                                          Then that is not required
 * Scenario 6: Given a third account or an IdP in the trust                                         Then NON_COMPLIANT naming it
 * Scenario 7: Given no alarm: a filter without alarm, a disabled rule, an every-AssumeRole rule    Then NON_COMPLIANT naming what is missing
 * Scenario 8: Given only read permissions                                                         Then NON_COMPLIANT "no administrator access"
 * Scenario 9: Given HomeRegion elsewhere                                                          Then no evaluation
 * Scenario 10: Given a failing role and a valid / expired exception                               Then COMPLIANT by exception / NON_COMPLIANT
 * Scenario 11: Given requireMfa=yes or securityAccountId with letters                             Then the invocation fails naming parameter and value
 * </pre>
 */
public final class InfosecBreakglassRoleRule implements Rule {
    static final String ROLE = "AWS::IAM::Role";
    static final String POLICY = "AWS::IAM::Policy";
    static final String ALARM = "AWS::CloudWatch::Alarm";
    static final String ROLE_NAME = "roleName";
    static final String SECURITY_ACCOUNT = "securityAccountId";
    static final String REQUIRE_MFA = "requireMfa";
    static final String ADMIN = "arn:aws:iam::aws:policy/AdministratorAccess";

    static final RuleSpec SPEC = RuleSpec.builder("infosec-breakglass-role", "IR-2")
            .title("Break-glass admin role exists, needs MFA from the security account, and its use raises an alarm")
            .baseline("All AWS accounts have break-glass admin infosec role created for emergency incident response")
            .description("The break-glass admin role exists, only the security account may assume it (with MFA), and assuming it "
                    + "raises an alarm (EventBridge rule or CloudTrail metric-filter alarm).")
            .severity(Severity.HIGH)
            .periodic().global()
            .reads(IrFacts.EVENTBRIDGE_RULES, IrFacts.CLOUDTRAIL_METRIC_FILTERS)
            .readsItems(ROLE, POLICY, ALARM)
            .param(ParameterSpec.string(ROLE_NAME, "InfoSecBreakGlass", "Name of the break-glass role (or of the Identity Center permission set)")
                    .matching("[\\w+=,.@-]{1,64}", "an IAM role name"))
            .param(ParameterSpec.string(SECURITY_ACCOUNT, null, "The security account allowed to assume the role (12 digits); "
                    + "required: without it no trust can be confirmed").matching("\\d{12}", "a 12-digit account id"))
            .param(ParameterSpec.bool(REQUIRE_MFA, true, "The trust policy must require MFA (aws:MultiFactorAuthPresent)"))
            .remediation("Create the role InfoSecBreakGlass with AdministratorAccess and a trust allowing sts:AssumeRole only to the "
                    + "security account with Condition Bool aws:MultiFactorAuthPresent=true; add an EventBridge rule on the default bus "
                    + "matching {\"source\":[\"aws.sts\"],\"detail\":{\"eventName\":[\"AssumeRole\"],\"requestParameters\":{\"roleArn\":"
                    + "[\"<role ARN>\"]}}} with an SNS target (or a CloudTrail metric filter with an alarm).")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        String name = in.params().string(ROLE_NAME);
        String security = in.params().string(SECURITY_ACCOUNT);
        Optional<ConfigurationItem> item = NamedRole.find(in.items(ROLE), name);
        if (item.isEmpty()) {
            return List.of(in.accountNonCompliant("Role " + name + " does not exist; expected a break-glass admin role that "
                    + (security == null ? "the security account" : "account " + security) + " can assume with MFA, whose use raises an alarm."));
        }
        IamIdentity role = IamIdentity.of(item.get());
        List<String> problems = new ArrayList<>();
        RoleTrust trust = role.trustPolicy() == null ? null : RoleTrust.of(role.trustPolicy(), in.accountId(), security, false);
        if (trust == null) problems.add("no trust policy is recorded");
        else {
            if (!trust.onlyTrusted()) problems.add("trusted by " + String.join(", ", trust.problems()));
            if (in.params().boolValue(REQUIRE_MFA) && !trust.mfaRequired()) problems.add("no MFA required for " + String.join(", ", trust.withoutMfa()));
        }
        if (!isAdmin(in, role)) problems.add("no administrator access (AdministratorAccess or Allow * on *)");
        RoleUseAlarms alarms = alarms(in, role, security);
        if (!alarms.alarmed()) problems.add(noAlarm(in, alarms));
        if (problems.isEmpty()) {
            List<String> how = new ArrayList<>();
            alarms.eventRules().forEach(r -> how.add("rule " + r));
            alarms.metricAlarms().forEach(m -> how.add("filter " + m));
            return List.of(in.accountCompliant("Role " + role.name() + " is assumable only by " + String.join(", ", trust.trustedBy())
                    + (in.params().boolValue(REQUIRE_MFA) ? " with MFA" : "") + "; its use alarms via " + String.join(", ", how) + "."));
        }
        return List.of(in.accountNonCompliant("Role " + role.name() + ": " + String.join("; ", problems) + "."));
    }

    private static boolean isAdmin(RuleInput in, IamIdentity role) {
        if (role.attachedPolicies().stream().anyMatch(p -> p.is(ADMIN))) return true;
        if (role.inlinePolicies().stream().anyMatch(p -> p.document().grantsFullAdmin())) return true;
        for (AttachedPolicy p : role.attachedPolicies()) {
            if (p.isAwsManaged()) continue;
            Optional<ConfigurationItem> policy = in.items(POLICY).stream()
                    .filter(i -> i.status().isEvaluable() && p.policyArn().equals(i.arn())).findFirst();
            if (policy.isPresent() && CustomerPolicy.of(policy.get()).defaultDocument().grantsFullAdmin()) return true;
        }
        return false;
    }

    private static RoleUseAlarms alarms(RuleInput in, IamIdentity role, String security) {
        TrailLogGroups groups = new TrailLogGroups(in.fact(IrFacts.CLOUDTRAIL_METRIC_FILTERS), in.accountId(), in.region());
        MetricFilterAlarms filters = new MetricFilterAlarms(groups.filtersOf(groups.here(false)), in.items(ALARM));
        return RoleUseAlarms.check(role.arn(), in.accountId(), security == null ? in.accountId() : security, in.region(),
                new EventRoutes(in.fact(IrFacts.EVENTBRIDGE_RULES)), filters);
    }

    /** Names both ways an alarm could exist and why each is missing. */
    private static String noAlarm(RuleInput in, RoleUseAlarms a) {
        StringBuilder s = new StringBuilder("its use raises no alarm: no enabled EventBridge rule with a target matches its AssumeRole");
        if (!a.silentRules().isEmpty()) s.append(" (").append(String.join(", ", a.silentRules())).append(")");
        TrailLogGroups groups = new TrailLogGroups(in.fact(IrFacts.CLOUDTRAIL_METRIC_FILTERS), in.accountId(), in.region());
        if (groups.here(false).isEmpty()) s.append(", and no trail delivers to CloudWatch Logs in ").append(in.region()).append(" for a metric filter");
        else s.append(", and no CloudTrail metric filter for it has an alarm with an action");
        if (!a.silentFilters().isEmpty()) s.append(" (filter ").append(String.join(", ", a.silentFilters())).append(" has none)");
        return s.toString();
    }
}
