package org.msb.rules.passwordpolicy;

import org.msb.fact.Facts;
import org.msb.fact.PasswordPolicy;
import org.msb.rule.Evaluation;
import org.msb.rule.ParameterSpec;
import org.msb.rule.Rule;
import org.msb.rule.RuleInput;
import org.msb.rule.RuleParameters;
import org.msb.rule.RuleSpec;
import org.msb.rule.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * IAM-3: the account password policy exists and meets or exceeds every parameter. Parameter names,
 * formats and defaults are those of the AWS managed rule {@code IAM_PASSWORD_POLICY}, so one can replace
 * the other; unlike it, a boolean that is not exactly {@code true} or {@code false} is an error.
 * <pre>
 * Scenario 1: Given no account password policy                       Then NON_COMPLIANT, "no account password policy"
 * Scenario 2: Given a policy meeting every parameter                  Then COMPLIANT
 * Scenario 3: Given minimum length 8 (MinimumPasswordLength 14)       Then NON_COMPLIANT, "minimum length 8 (expected >= 14)"
 * Scenario 4: Given a weak policy failing several requirements        Then NON_COMPLIANT listing each one, found vs expected
 * Scenario 5: Given RequireSymbols=false and symbols not required     Then COMPLIANT (that requirement is not checked)
 * Scenario 6: Given passwords that never expire                       Then NON_COMPLIANT, "passwords never expire"
 * Scenario 7: Given HomeRegion is another region                      Then no evaluation (the home region answers)
 * Scenario 8: Given a failing policy and a valid register exception   Then COMPLIANT naming the exception
 * Scenario 9: Given a failing policy and an expired exception         Then NON_COMPLIANT saying it expired
 * Scenario 10: Given MinimumPasswordLength=5 or RequireSymbols=yes    Then the invocation fails naming the parameter and value
 * </pre>
 */
public final class PasswordPolicyRule implements Rule {
    static final String REQUIRE_UPPERCASE = "RequireUppercaseCharacters";
    static final String REQUIRE_LOWERCASE = "RequireLowercaseCharacters";
    static final String REQUIRE_SYMBOLS = "RequireSymbols";
    static final String REQUIRE_NUMBERS = "RequireNumbers";
    static final String MINIMUM_LENGTH = "MinimumPasswordLength";
    static final String REUSE_PREVENTION = "PasswordReusePrevention";
    static final String MAX_AGE = "MaxPasswordAge";

    static final RuleSpec SPEC = RuleSpec.builder("password-policy", "IAM-3")
            .title("Account password policy is strong")
            .baseline("Strong password policy must be enforced")
            .description("The IAM account password policy exists and requires the minimum length, character classes, "
                    + "reuse prevention and maximum password age given by the parameters.")
            .severity(Severity.MEDIUM)
            .periodic().global()
            .reads(Facts.PASSWORD_POLICY)
            .param(ParameterSpec.bool(REQUIRE_UPPERCASE, true, "Require at least one uppercase letter (A-Z)"))
            .param(ParameterSpec.bool(REQUIRE_LOWERCASE, true, "Require at least one lowercase letter (a-z)"))
            .param(ParameterSpec.bool(REQUIRE_SYMBOLS, true, "Require at least one non-alphanumeric character"))
            .param(ParameterSpec.bool(REQUIRE_NUMBERS, true, "Require at least one number (0-9)"))
            .param(ParameterSpec.integer(MINIMUM_LENGTH, 14, 6, 128, "Minimum password length the policy must require"))
            .param(ParameterSpec.integer(REUSE_PREVENTION, 24, 1, 24, "Number of previous passwords the policy must prevent reusing"))
            .param(ParameterSpec.integer(MAX_AGE, 90, 1, 1095, "Days after which the policy must expire passwords (at most)"))
            .remediation("In IAM > Account settings, edit the password policy, or run: aws iam update-account-password-policy "
                    + "--minimum-password-length 14 --require-uppercase-characters --require-lowercase-characters "
                    + "--require-numbers --require-symbols --password-reuse-prevention 24 --max-password-age 90 "
                    + "(use the values of this rule's parameters).")
            .managedRule("IAM_PASSWORD_POLICY")
            .securityHub("IAM.7", "IAM.11", "IAM.12", "IAM.13", "IAM.14", "IAM.15", "IAM.16", "IAM.17")
            .cis("CIS v1.2.0 1.5", "CIS v1.2.0 1.6", "CIS v1.2.0 1.7", "CIS v1.2.0 1.8", "CIS v1.2.0 1.9",
                    "CIS v1.2.0 1.10", "CIS v1.2.0 1.11", "CIS v1.4.0 1.8", "CIS v1.4.0 1.9", "CIS v3.0.0 1.8", "CIS v3.0.0 1.9")
            .build();

    @Override public RuleSpec spec() { return SPEC; }

    @Override
    public List<Evaluation> evaluate(RuleInput in) {
        PasswordPolicy policy = in.fact(Facts.PASSWORD_POLICY);
        RuleParameters p = in.params();
        if (!policy.exists()) {
            return List.of(in.accountNonCompliant("No account password policy is set (IAM users may choose any password); expected "
                    + "minimum length >= " + p.intValue(MINIMUM_LENGTH) + ", reuse prevention >= " + p.intValue(REUSE_PREVENTION)
                    + ", max age <= " + p.intValue(MAX_AGE) + " days and the required character classes."));
        }
        List<String> failed = new ArrayList<>();
        atLeast(failed, "minimum length", policy.minimumPasswordLength(), p.intValue(MINIMUM_LENGTH));
        List<String> classes = new ArrayList<>();  // one phrase for the character classes keeps the annotation short
        required(classes, "uppercase", policy.requireUppercaseCharacters(), p.boolValue(REQUIRE_UPPERCASE));
        required(classes, "lowercase", policy.requireLowercaseCharacters(), p.boolValue(REQUIRE_LOWERCASE));
        required(classes, "numbers", policy.requireNumbers(), p.boolValue(REQUIRE_NUMBERS));
        required(classes, "symbols", policy.requireSymbols(), p.boolValue(REQUIRE_SYMBOLS));
        if (!classes.isEmpty()) failed.add(String.join(", ", classes) + " not required (expected required)");
        atLeast(failed, "reuse prevention", policy.passwordReusePrevention(), p.intValue(REUSE_PREVENTION));
        Integer age = policy.maxPasswordAge();  // absent (or 0) when passwords never expire
        if (age == null || age <= 0) failed.add("passwords never expire (expected max age <= " + p.intValue(MAX_AGE) + " days)");
        else if (age > p.intValue(MAX_AGE)) failed.add("max age " + age + " days (expected <= " + p.intValue(MAX_AGE) + ")");
        int count = failed.size() - (classes.isEmpty() ? 0 : 1) + classes.size();
        if (count == 0) {
            return List.of(in.accountCompliant("Password policy meets every requirement: minimum length " + policy.minimumPasswordLength()
                    + ", reuse prevention " + policy.passwordReusePrevention() + ", max age " + age + " days."));
        }
        return List.of(in.accountNonCompliant("Password policy fails " + count + " requirement" + (count == 1 ? "" : "s") + ": "
                + String.join("; ", failed) + "."));
    }

    private static void atLeast(List<String> failed, String what, Integer found, int expected) {
        if (found == null || found < expected) failed.add(what + " " + (found == null ? "not set" : found) + " (expected >= " + expected + ")");
    }

    private static void required(List<String> missing, String what, Boolean found, boolean expected) {
        if (expected && !Boolean.TRUE.equals(found)) missing.add(what);
    }
}
