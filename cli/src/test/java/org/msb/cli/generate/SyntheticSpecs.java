package org.msb.cli.generate;

import org.msb.fact.Fact;
import org.msb.rule.Frequency;
import org.msb.rule.ParameterSpec;
import org.msb.rule.RuleSpec;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule specs shaped like the full baseline (43 rules over the six sections, IAM mostly global, two optional
 * controls, realistic description and parameter lengths), so the generator is tested at the size the merged
 * project will have, not only with the rules on the class path today.
 */
final class SyntheticSpecs {
    private SyntheticSpecs() {}

    /** Section, number of rules, how many of them are global, how many optional. */
    private record Plan(String section, int rules, int global, int optional) {}

    private static final List<Plan> BASELINE = List.of(
            new Plan("AM", 4, 1, 0), new Plan("IAM", 13, 11, 0), new Plan("DET", 9, 0, 0),
            new Plan("DP", 8, 0, 0), new Plan("INF", 7, 1, 2), new Plan("IR", 2, 1, 0));

    static List<RuleSpec> baseline() { return baseline(3); }

    /** 43 rules with {@code params} parameters each (a few have two more). */
    static List<RuleSpec> baseline(int params) {
        List<RuleSpec> out = new ArrayList<>();
        for (Plan plan : BASELINE) {
            for (int i = 1; i <= plan.rules(); i++) {
                boolean global = i <= plan.global();
                boolean optional = i > plan.rules() - plan.optional();
                out.add(rule(plan.section(), i, global, optional, params + (i % 5 == 0 ? 2 : 0)));
            }
        }
        return out;
    }

    static RuleSpec rule(String section, int n, boolean global, boolean optional, int params) {
        String id = section.toLowerCase() + "-synthetic-control-" + n;
        RuleSpec.Builder b = RuleSpec.builder(id, section + "-" + n)
                .title("Synthetic control " + section + "-" + n + " holds")
                .baseline("The baseline sentence of " + section + "-" + n)
                .description(("Every resource of the kinds this control covers is configured as the baseline requires, with the "
                        + "settings named by the parameters; exceptions follow the governed register and attestation records. "
                        + section + "-" + n + " ....................").substring(0, 195))
                .remediation("Change the resource's settings to what the parameters require.")
                .reads(fact(section, n))
                .managedRule("SYNTHETIC_MANAGED_RULE_" + n).securityHub(section + "." + n).cis("CIS v3.0.0 " + n + ".1");
        if (global) {
            b.periodic().global();
        } else if (n % 2 == 0) {
            b.onChange("AWS::EC2::SecurityGroup", "AWS::S3::Bucket").periodic(Frequency.Twelve_Hours).cleanUpStale();
        } else {
            b.onChange("AWS::EC2::NetworkAcl");
        }
        if (optional) b.optional();
        for (int p = 1; p <= params; p++) {
            b.param(switch (p % 4) {
                case 0 -> ParameterSpec.integer("maximumAgeInDays" + p, 90, 1, 3650, "Days after which the setting counts as stale");
                case 1 -> ParameterSpec.bool("requireEncryptionAtRest" + p, true, "Require encryption at rest with a KMS key");
                case 2 -> ParameterSpec.csv("allowedPrincipalAccounts" + p, null, "Accounts allowed as principals (comma-separated 12-digit ids)")
                        .matching("[0-9]{12}", "12-digit account ids");
                default -> ParameterSpec.choice("minimumTlsVersion" + p, "TLSv1.2", List.of("TLSv1.2", "TLSv1.3"), "Lowest TLS version accepted");
            });
        }
        return b.build();
    }

    /** Real read actions (cfn-lint checks action names against IAM's list), two per fact. */
    private static final List<String> IAM_READS = List.of("iam:GetAccountSummary", "iam:ListUsers", "iam:ListRoles", "iam:GetCredentialReport",
            "iam:ListPolicies", "iam:GetAccountAuthorizationDetails", "iam:ListMFADevices", "iam:ListAccessKeys", "iam:GetLoginProfile",
            "iam:ListVirtualMFADevices", "iam:GenerateCredentialReport", "iam:ListGroups", "iam:ListServerCertificates");
    private static final List<String> OTHER_READS = List.of("ec2:DescribeVpcs", "ec2:DescribeSubnets", "ec2:DescribeFlowLogs",
            "ec2:DescribeVolumes", "ec2:DescribeSnapshots", "ec2:GetEbsEncryptionByDefault", "kms:ListKeys", "kms:GetKeyRotationStatus",
            "cloudtrail:DescribeTrails", "cloudtrail:GetTrailStatus", "guardduty:ListDetectors", "guardduty:GetDetector",
            "securityhub:DescribeHub", "rds:DescribeDBInstances", "backup:ListBackupPlans", "acm:ListCertificates", "logs:DescribeLogGroups");

    static Fact<?> fact(String section, int n) {
        List<String> pool = section.equals("IAM") ? IAM_READS : OTHER_READS;
        int at = (section.hashCode() & 0xff) + n;
        return new Fact<>(section.toLowerCase() + ".synthetic" + n, String.class,
                List.of(pool.get(at % pool.size()), pool.get((at + 1) % pool.size())),
                "org.msb.fact.loader.Synthetic" + n + "Loader", !section.equals("IAM"), "a synthetic fact");
    }
}
