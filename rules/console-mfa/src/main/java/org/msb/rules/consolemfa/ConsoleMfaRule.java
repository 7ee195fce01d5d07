package org.msb.rules.consolemfa;

import org.msb.fact.AccountSummary;
import org.msb.fact.CredentialReport;
import org.msb.fact.CredentialReportRow;
import org.msb.fact.IamFacts;
import org.msb.fact.VirtualMfaDevices;
import org.msb.item.ConfigurationItem;
import org.msb.model.iam.IamIdentity;
import org.msb.model.iam.RootCredentials;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * IAM-2: every IAM user with a console password has MFA (as {@code MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS}), and
 * the root user has MFA ({@code ROOT_ACCOUNT_MFA_ENABLED}), a hardware one when
 * {@code requireHardwareMfaForRoot} ({@code ROOT_ACCOUNT_HARDWARE_MFA_ENABLED}: no virtual device assigned to
 * root). Root is not a failure when its credentials are gone: AWS reports no root password, access key or
 * certificate (Organizations' centralized root access deletes them; enabling the feature alone does not).
 * <pre>
 * Scenario 1: Given a console user with MFA                                    Then COMPLIANT
 * Scenario 2: Given a console user without MFA                                 Then NON_COMPLIANT
 * Scenario 3: Given a user without console password                            Then NOT_APPLICABLE (not in scope of IAM.5)
 * Scenario 4: Given root with MFA / without MFA                                Then the account is COMPLIANT / NON_COMPLIANT
 * Scenario 5: Given root without password, keys or certificates                Then the account is COMPLIANT: nothing to protect
 * Scenario 6: Given requireHardwareMfaForRoot and a virtual root device         Then the account is NON_COMPLIANT
 * Scenario 7: Given a user missing from the credential report                  Then NON_COMPLIANT (cannot be shown compliant)
 * Scenario 8: Given a valid / expired exception; a bad boolean parameter        Then by exception / expired / the invocation fails
 * </pre>
 */
public final class ConsoleMfaRule implements Rule {
    static final String USER = "AWS::IAM::User";
    static final String REQUIRE_HARDWARE = "requireHardwareMfaForRoot";

    static final RuleSpec SPEC = RuleSpec.builder("console-mfa", "IAM-2")
            .title("Console access has MFA")
            .baseline("Multi-factor authentication must be enabled for console access, including the root user")
            .description("Every IAM user with a console password has an MFA device, and the root user has MFA (hardware when "
                    + "required) unless its credentials were removed.")
            .severity(Severity.HIGH)
            .periodic().global().cleanUpStale().timeoutSeconds(120)
            .readsItems(USER)
            .reads(IamFacts.CREDENTIAL_REPORT, IamFacts.ACCOUNT_SUMMARY, IamFacts.VIRTUAL_MFA_DEVICES)
            .param(ParameterSpec.bool(REQUIRE_HARDWARE, false, "Require a hardware (or FIDO) MFA device for the root user, not a virtual one"))
            .remediation("Assign an MFA device: IAM > Users > NAME > Security credentials > Assign MFA device (users), and for root "
                    + "sign in as root > Security credentials. Or remove root credentials centrally (Organizations root access management).")
            .managedRule("MFA_ENABLED_FOR_IAM_CONSOLE_ACCESS", "ROOT_ACCOUNT_MFA_ENABLED", "ROOT_ACCOUNT_HARDWARE_MFA_ENABLED")
            .securityHub("IAM.5", "IAM.6", "IAM.9")
            .cis("CIS v1.2.0 1.2", "CIS v1.2.0 1.13", "CIS v1.2.0 1.14", "CIS v1.4.0 1.5", "CIS v1.4.0 1.6", "CIS v1.4.0 1.10")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        CredentialReport report = in.fact(IamFacts.CREDENTIAL_REPORT);
        List<Evaluation> out = new ArrayList<>();
        out.add(root(in, report));
        for (ConfigurationItem item : in.items(USER)) {
            String name = IamIdentity.nameOf(item);
            CredentialReportRow row = report.user(name).orElse(null);
            if (row == null) {
                out.add(in.nonCompliant(item, "IAM user " + name + " is not in the credential report of " + report.generatedTime()
                        + " (created after it?), so its console MFA cannot be shown; the next run re-checks."));
            } else if (!row.hasPassword()) {
                out.add(in.notApplicable(item, "IAM user " + name + " has no console password."));
            } else if (row.hasMfa()) {
                out.add(in.compliant(item, "IAM user " + name + " has a console password and an MFA device."));
            } else {
                out.add(in.nonCompliant(item, "IAM user " + name + " has a console password but no MFA device; expected MFA for every console user."));
            }
        }
        return out;
    }

    private static Evaluation root(RuleInput in, CredentialReport report) {
        AccountSummary summary = in.fact(IamFacts.ACCOUNT_SUMMARY);
        RootCredentials root = RootCredentials.of(report, summary);
        if (root.absent()) {
            return in.accountCompliant("The root user has no password, access key or certificate (removed, e.g. by Organizations' "
                    + "centralized root access): no MFA needed.");
        }
        String has = String.join(", ", root.present());
        if (!root.mfa()) return in.accountNonCompliant("The root user has no MFA device (it has " + has + "); expected MFA on root.");
        if (in.params().boolValue(REQUIRE_HARDWARE)) {
            VirtualMfaDevices devices = in.fact(IamFacts.VIRTUAL_MFA_DEVICES);
            var virtual = devices.rootDevice();
            if (virtual.isPresent()) {
                return in.accountNonCompliant("The root user's MFA is a virtual device (" + virtual.get().serialNumber()
                        + "); expected a hardware or FIDO device (requireHardwareMfaForRoot=true).");
            }
            return in.accountCompliant("The root user has a hardware MFA device.");
        }
        return in.accountCompliant("The root user has MFA.");
    }
}
