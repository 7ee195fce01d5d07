package org.msb.rules.s3accountpublicaccessblock;

import org.msb.item.ConfigurationItem;
import org.msb.rule.Evaluation;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * DP-6: the account's S3 Block Public Access has all four settings on, so a bucket can be made public only by a
 * deliberate, visible change (the managed rules S3_ACCOUNT_LEVEL_PUBLIC_ACCESS_BLOCKS(_PERIODIC), Security Hub
 * S3.1). Evaluated on the account; periodic too, because an account that never had the setting produces no
 * change event (the managed change-only rule misses exactly that case).
 * <pre>
 * Scenario 1: Given all four settings true                                   Then COMPLIANT
 * Scenario 2: Given one or more settings false                               Then NON_COMPLIANT naming them
 * Scenario 3: Given no account-level configuration (periodic)                Then NON_COMPLIANT
 * Scenario 4: Given a deleted configuration item or one that left the scope  Then NOT_APPLICABLE (framework)
 * Scenario 5: Given a failure and a valid / expired exception on the account Then COMPLIANT / NON_COMPLIANT naming it
 * Scenario 6: Given a malformed framework parameter (HomeRegion)             Then the invocation fails naming it
 * </pre>
 */
public final class S3AccountPublicAccessBlockRule implements Rule {
    static final String TYPE = "AWS::S3::AccountPublicAccessBlock";
    static final List<String> SETTINGS = List.of("blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy", "restrictPublicBuckets");

    static final RuleSpec SPEC = RuleSpec.builder("s3-account-public-access-block", "DP-6")
            .title("S3 Block Public Access is on for the account")
            .baseline("Public S3 buckets are denied by default at an account level")
            .description("All four account-level S3 Block Public Access settings are on: no bucket becomes public through an ACL "
                    + "or a bucket policy.")
            .severity(Severity.HIGH)
            .onChange(TYPE).periodic()
            .remediation("Turn on all four settings: S3 console > Block Public Access settings for this account > Block all public "
                    + "access, or aws s3control put-public-access-block --account-id ACCOUNT --public-access-block-configuration "
                    + "BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true. Buckets that must "
                    + "stay public need a DP-7 exception and, as a rule, an access point or CloudFront instead.")
            .managedRule("S3_ACCOUNT_LEVEL_PUBLIC_ACCESS_BLOCKS_PERIODIC", "S3_ACCOUNT_LEVEL_PUBLIC_ACCESS_BLOCKS")
            .securityHub("S3.1")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        List<ConfigurationItem> configs = in.isPeriodic() ? in.items(TYPE) : in.subjects(TYPE);
        ConfigurationItem config = configs.stream().filter(c -> in.accountId().equals(c.resourceId())).findFirst()
                .orElse(configs.isEmpty() ? null : configs.get(0));
        if (config == null) {
            return List.of(in.accountNonCompliant("The account has no S3 Block Public Access configuration, so every setting is off; "
                    + "expected all four on."));
        }
        List<String> off = new ArrayList<>();
        for (String s : SETTINGS) if (!config.property(s).isTrue()) off.add(s);
        if (off.isEmpty()) return List.of(in.accountCompliant("All four account-level S3 Block Public Access settings are on."));
        return List.of(in.accountNonCompliant("Account-level S3 Block Public Access has " + String.join(", ", off) + " off; expected "
                + "all four on (" + String.join(", ", SETTINGS) + ")."));
    }
}
