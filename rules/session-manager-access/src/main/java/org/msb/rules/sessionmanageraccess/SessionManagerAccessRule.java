package org.msb.rules.sessionmanageraccess;

import org.msb.fact.InfFacts;
import org.msb.fact.ManagedInstances;
import org.msb.fact.SessionManagerPreferences;
import org.msb.item.ConfigurationItem;
import org.msb.model.compute.Ec2Instance;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * INF-10 (optional): people reach instances through Session Manager, not SSH keys, and sessions are logged. Per
 * running instance: managed by Systems Manager with the agent Online, and launched without an EC2 key pair
 * ({@code keyName}). On the account: the Session Manager preferences ({@code SSM-SessionManagerRunShell}) log sessions
 * to S3 or CloudWatch Logs with the destination's encryption on, and with a KMS key for session data when
 * {@code requireSessionKmsKey}.
 * <pre>
 * Scenario 1: Given a managed, online instance without key pair               Then COMPLIANT
 * Scenario 2: Given an instance with a key pair, unmanaged or offline         Then NON_COMPLIANT naming each reason
 * Scenario 3: Given preferences logging to S3 with encryption                 Then the account is COMPLIANT
 * Scenario 4: Given no preferences document, or logging without encryption   Then the account is NON_COMPLIANT
 * Scenario 5: Given a stopped instance                                        Then NOT_APPLICABLE
 * Scenario 6: Given a valid (or expired) exception                            Then COMPLIANT (or NON_COMPLIANT) naming it
 * Scenario 7: Given requireSessionKmsKey=1                                    Then the invocation fails naming parameter and value
 * </pre>
 */
public final class SessionManagerAccessRule implements Rule {
    static final String REQUIRE_KMS = "requireSessionKmsKey";

    static final RuleSpec SPEC = RuleSpec.builder("session-manager-access", "INF-10")
            .title("Session Manager for instance access; sessions logged")
            .baseline("Optional: Use AWS Systems Manager (Session Manager) to access production servers if ever needed. System Manager logs all commands executed on the production host to be reviewed by the security team.")
            .description("Running instances are managed by Systems Manager (agent online) and have no SSH key pair; Session Manager "
                    + "logs sessions to S3 or CloudWatch Logs with encryption.")
            .severity(Severity.MEDIUM)
            .periodic().cleanUpStale().optional()
            .readsItems(Ec2Instance.RESOURCE_TYPE)
            .reads(InfFacts.SSM_INSTANCE_INFORMATION, InfFacts.SESSION_MANAGER_PREFERENCES)
            .param(ParameterSpec.bool(REQUIRE_KMS, false, "true: session data must also be encrypted with a KMS key (kmsKeyId)"))
            .remediation("Attach an instance profile with AmazonSSMManagedInstanceCore, launch instances without key pairs and close "
                    + "port 22, and in Session Manager preferences send session logs to an encrypted S3 bucket or CloudWatch Logs "
                    + "group (and set a KMS key for session encryption).")
            .managedRule("EC2_INSTANCE_MANAGED_BY_SSM")
            .securityHub("SSM.1")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<Evaluation> out = new ArrayList<>();
        out.add(preferences(in, in.fact(InfFacts.SESSION_MANAGER_PREFERENCES), in.params().boolValue(REQUIRE_KMS)));
        ManagedInstances managed = null;
        for (ConfigurationItem item : in.subjects(Ec2Instance.RESOURCE_TYPE)) {
            Ec2Instance i = Ec2Instance.from(item);
            if (i.isTerminated()) continue;
            if (!i.isRunning()) {
                out.add(in.notApplicable(item, "Instance is " + i.state() + "; access is checked while it runs."));
                continue;
            }
            if (managed == null) managed = in.fact(InfFacts.SSM_INSTANCE_INFORMATION);
            var m = managed.of(i.instanceId());
            List<String> problems = new ArrayList<>();
            if (m.isEmpty()) problems.add("not managed by Systems Manager, so Session Manager cannot reach it");
            else if (!m.get().isOnline()) problems.add("its SSM agent is " + m.get().pingStatus() + " since " + m.get().lastPingDateTime());
            if (i.keyName() != null) problems.add("launched with SSH key pair " + i.keyName());
            out.add(problems.isEmpty()
                    ? in.compliant(item, "Instance " + i.describe() + " is reachable through Session Manager (agent Online) and has no key pair.")
                    : in.nonCompliant(item, "Instance " + i.describe() + " " + String.join(" and ", problems)
                            + "; expected access only through Session Manager (managed, online, no key pair)."));
        }
        return out;
    }

    private static Evaluation preferences(RuleInput in, SessionManagerPreferences p, boolean requireKms) {
        if (!p.exists()) {
            return in.accountNonCompliant("Session Manager preferences (" + SessionManagerPreferences.DOCUMENT + ") were never saved in "
                    + in.region() + ": sessions are not logged; expected logging to S3 or CloudWatch Logs with encryption.");
        }
        List<String> problems = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (p.logsToS3()) {
            where.add("S3 bucket " + p.s3BucketName());
            if (!Boolean.TRUE.equals(p.s3EncryptionEnabled())) problems.add("S3 session logs without encryption (s3EncryptionEnabled)");
        }
        if (p.logsToCloudWatch()) {
            where.add("log group " + p.cloudWatchLogGroupName());
            if (!Boolean.TRUE.equals(p.cloudWatchEncryptionEnabled())) problems.add("CloudWatch session logs without encryption (cloudWatchEncryptionEnabled)");
        }
        if (where.isEmpty()) problems.add("sessions are logged nowhere (no s3BucketName or cloudWatchLogGroupName)");
        if (requireKms && !p.encryptsSessions()) problems.add("session data not encrypted with a KMS key (kmsKeyId)");
        if (!problems.isEmpty()) {
            return in.accountNonCompliant("Session Manager in " + in.region() + ": " + String.join("; ", problems)
                    + "; expected encrypted session logs" + (requireKms ? " and a KMS key" : "") + ".");
        }
        return in.accountCompliant("Session Manager in " + in.region() + " logs sessions to " + String.join(" and ", where) + " with encryption"
                + (p.encryptsSessions() ? "; session data encrypted with " + p.kmsKeyId() : "") + ".");
    }
}
