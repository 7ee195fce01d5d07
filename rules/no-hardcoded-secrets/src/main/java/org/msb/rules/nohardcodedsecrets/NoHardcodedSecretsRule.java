package org.msb.rules.nohardcodedsecrets;

import org.msb.error.FactUnavailableException;
import org.msb.error.InvalidParameterException;
import org.msb.fact.DpFacts;
import org.msb.fact.InstanceUserDataScan;
import org.msb.fact.LambdaEnvironmentScan;
import org.msb.fact.LambdaFunctionScan;
import org.msb.fact.UserDataScan;
import org.msb.item.ConfigurationItem;
import org.msb.model.secrets.SecretBearingItems;
import org.msb.model.secrets.SecretFinding;
import org.msb.model.secrets.SecretFindings;
import org.msb.model.secrets.SecretNames;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * DP-8: no secrets hard-coded where code and configuration live; application secrets sit in Secrets Manager and
 * rotate. Lambda environment variables and EC2 user data are not in configuration items: they are scanned by
 * the facts lambda.environmentSecrets and ec2.userDataSecrets, which keep names and kinds only. ECS task
 * definitions hold their environment in the item and are scanned here, and so do CloudFormation stacks their
 * parameter values (a NoEcho parameter's value is recorded masked, "****", and holds nothing). What is found is
 * said by place and kind, never by value. Values that resolve from Secrets Manager or SSM are fine. Exceeds ECS_NO_ENVIRONMENT_SECRETS
 * ({@code secretKeys} = our {@code extraPatterns}) and matches SECRETSMANAGER_ROTATION_ENABLED_CHECK
 * ({@code maxRotationDays}) and SECRETSMANAGER_SCHEDULED_ROTATION_SUCCESS_CHECK.
 * <pre>
 * Scenario 1: Given a function whose variables refer to Secrets Manager / SSM         Then COMPLIANT
 * Scenario 2: Given an AWS access key or a password-like value under DB_PASSWORD      Then NON_COMPLIANT naming variable and kind
 * Scenario 3: Given user data exporting a password or embedding a private key        Then NON_COMPLIANT naming the line
 * Scenario 4: Given a task definition with a GitHub token in its environment          Then NON_COMPLIANT naming container and variable
 * Scenario 5: Given a stack parameter holding a DB password or an AWS access key      Then NON_COMPLIANT naming stack, key and kind
 * Scenario 6: Given a NoEcho stack parameter (masked) or a {{resolve:...}} reference   Then COMPLIANT
 * Scenario 7: Given extraPatterns naming an organisation's variable                   Then that name counts as secret-like
 * Scenario 8: Given a secret without rotation, rotating every 180 days, or overdue    Then NON_COMPLIANT; within 90 days COMPLIANT
 * Scenario 9: Given a deleted item, or a secret scheduled for deletion                Then NOT_APPLICABLE
 * Scenario 10: Given an extraPatterns entry that is no regular expression             Then the invocation fails naming it
 * </pre>
 */
public final class NoHardcodedSecretsRule implements Rule {
    static final String FUNCTION = "AWS::Lambda::Function";
    static final String INSTANCE = "AWS::EC2::Instance";
    static final String TASK_DEFINITION = SecretBearingItems.ECS_TASK_DEFINITION;
    static final String STACK = SecretBearingItems.CLOUDFORMATION_STACK;
    static final String SECRET = "AWS::SecretsManager::Secret";
    static final String EXTRA_PATTERNS = "extraPatterns";
    static final String MAX_ROTATION_DAYS = "maxRotationDays";
    /** Findings an annotation lists before "and N more", to stay well under 256 characters. */
    private static final int SHOWN = 2;

    static final RuleSpec SPEC = RuleSpec.builder("no-hardcoded-secrets", "DP-8")
            .title("No hard-coded secrets; secrets rotate")
            .baseline("Secrets/keys/tokens should not be hard-coded. Use AWS Secrets Manager to store application/database secrets.")
            .description("No secrets in Lambda or ECS environments, EC2 user data or CloudFormation parameters without NoEcho "
                    + "(Secrets Manager/SSM references are fine); Secrets Manager secrets rotate.")
            .severity(Severity.HIGH)
            .onChange(FUNCTION, INSTANCE, TASK_DEFINITION, STACK, SECRET).periodic().cleanUpStale()
            .reads(DpFacts.LAMBDA_ENVIRONMENT_SECRETS, DpFacts.USER_DATA_SECRETS)
            .param(ParameterSpec.csv(EXTRA_PATTERNS, null, "Further secret-like variable names: regular expressions, found anywhere "
                    + "in the name, case-insensitive (comma-separated), like ECS_NO_ENVIRONMENT_SECRETS' secretKeys"))
            .param(ParameterSpec.integer(MAX_ROTATION_DAYS, 90, 1, 1000, "Longest allowed interval between automatic rotations "
                    + "of a Secrets Manager secret, in days"))
            .remediation("Move the value into Secrets Manager (or an SSM SecureString) and read it at run time: ECS task definition "
                    + "'secrets' with valueFrom, the Lambda parameters-and-secrets extension or SDK, a user-data script that calls aws "
                    + "secretsmanager get-secret-value; a CloudFormation parameter NoEcho: true or a {{resolve:secretsmanager:...}} "
                    + "dynamic reference in the template. Then rotate the exposed credential: it must be treated as leaked. Turn on "
                    + "rotation: aws secretsmanager rotate-secret --secret-id ID --rotation-rules AutomaticallyAfterDays=30.")
            .managedRule("ECS_NO_ENVIRONMENT_SECRETS", "SECRETSMANAGER_ROTATION_ENABLED_CHECK", "SECRETSMANAGER_SCHEDULED_ROTATION_SUCCESS_CHECK")
            .securityHub("ECS.8", "SecretsManager.1", "SecretsManager.2")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        SecretNames names = names(in);
        List<Evaluation> out = new ArrayList<>();
        List<ConfigurationItem> functions = in.subjects(FUNCTION);
        if (!functions.isEmpty()) {
            LambdaEnvironmentScan scan = in.fact(DpFacts.LAMBDA_ENVIRONMENT_SECRETS);
            for (ConfigurationItem f : functions) out.add(function(in, f, scan, names));
        }
        List<ConfigurationItem> instances = in.subjects(INSTANCE);
        if (!instances.isEmpty()) {
            UserDataScan scan = in.fact(DpFacts.USER_DATA_SECRETS);
            for (ConfigurationItem i : instances) out.add(instance(in, i, scan, names));
        }
        for (ConfigurationItem t : in.subjects(TASK_DEFINITION)) {
            List<SecretFinding> findings = SecretFindings.of(SecretBearingItems.scan(t), names);
            out.add(findings.isEmpty()
                    ? in.compliant(t, "No secret in the container environment of task definition " + t.displayName() + ".")
                    : in.nonCompliant(t, "Task definition environment holds " + SecretFindings.describe(findings, SHOWN)
                    + ". Expected container 'secrets' from Secrets Manager or SSM."));
        }
        for (ConfigurationItem st : in.subjects(STACK)) out.add(stack(in, st, names));
        int maxDays = in.params().intValue(MAX_ROTATION_DAYS);
        for (ConfigurationItem s : in.subjects(SECRET)) out.add(SecretRotation.evaluate(in, s, maxDays));
        return out;
    }

    private static SecretNames names(RuleInput in) {
        try {
            return SecretNames.withExtra(in.params().list(EXTRA_PATTERNS));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(EXTRA_PATTERNS, String.join(",", in.params().list(EXTRA_PATTERNS)),
                    "regular expressions (" + e.getMessage() + ")");
        }
    }

    private static Evaluation function(RuleInput in, ConfigurationItem f, LambdaEnvironmentScan scan, SecretNames names) {
        String name = f.property("functionName").text(f.resourceId());
        LambdaFunctionScan s = scan.function(name).or(() -> scan.function(f.resourceId()))
                .orElseThrow(() -> new FactUnavailableException(DpFacts.LAMBDA_ENVIRONMENT_SECRETS.name(),
                        "it has no entry for function " + name + " (created after the fact was read?)"));
        List<SecretFinding> findings = SecretFindings.of(s.candidates(), names);
        if (findings.isEmpty()) {
            return in.compliant(f, "No secret among the " + s.variableCount() + " environment variable" + (s.variableCount() == 1 ? "" : "s")
                    + " of function " + name + ".");
        }
        return in.nonCompliant(f, "Environment variable " + SecretFindings.describe(findings, SHOWN) + ". Expected the value "
                + "read from Secrets Manager or SSM at run time.");
    }

    private static Evaluation stack(RuleInput in, ConfigurationItem st, SecretNames names) {
        String name = st.property("stackName").text(st.displayName());
        List<SecretFinding> findings = SecretFindings.of(SecretBearingItems.scan(st), names);
        if (findings.isEmpty()) {
            int n = st.property("parameters").list().size();
            return in.compliant(st, "No plaintext secret among the " + n + " parameter" + (n == 1 ? "" : "s") + " of stack " + name + ".");
        }
        return in.nonCompliant(st, "Stack " + name + " parameter " + SecretFindings.describe(findings, SHOWN) + ". Expected "
                + "NoEcho or a {{resolve:secretsmanager:...}} reference.");
    }

    private static Evaluation instance(RuleInput in, ConfigurationItem i, UserDataScan scan, SecretNames names) {
        InstanceUserDataScan s = scan.instance(i.resourceId()).orElseThrow(() -> new FactUnavailableException(
                DpFacts.USER_DATA_SECRETS.name(), "it has no entry for instance " + i.resourceId() + " (launched after the fact was read?)"));
        if (!s.hasUserData()) return in.compliant(i, "Instance " + i.resourceId() + " has no user data.");
        List<SecretFinding> findings = SecretFindings.of(s.candidates(), names);
        if (findings.isEmpty()) return in.compliant(i, "No secret in the user data of instance " + i.resourceId() + ".");
        return in.nonCompliant(i, "User data " + SecretFindings.describe(findings, SHOWN) + ". Expected the script to fetch it "
                + "from Secrets Manager or SSM (user data is readable by anyone with ec2:DescribeInstanceAttribute).");
    }
}
