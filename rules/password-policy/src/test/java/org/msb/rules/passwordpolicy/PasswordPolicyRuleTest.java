package org.msb.rules.passwordpolicy;

import org.junit.jupiter.api.Test;
import org.msb.engine.RuleResult;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import org.msb.testkit.RuleContractTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** IAM-3 through its scenario folders, plus the annotation of the worst case, which must still fit Config's limit. */
class PasswordPolicyRuleTest extends RuleContractTest {
    PasswordPolicyRuleTest() { super(new PasswordPolicyRule()); }

    @Test
    void evaluate_whenEveryRequirementFails_namesAllSevenWithinTheAnnotationLimit() {
        RuleResult r = kit().given().fact("iam.passwordPolicy", "{\"exists\":true,\"minimumPasswordLength\":6,"
                + "\"requireUppercaseCharacters\":false,\"requireLowercaseCharacters\":false,\"requireNumbers\":false,"
                + "\"requireSymbols\":false}").periodic().only();
        String annotation = r.evaluation().annotation();
        assertEquals("Password policy fails 7 requirements: minimum length 6 (expected >= 14); uppercase, lowercase, "
                + "numbers, symbols not required (expected required); reuse prevention not set (expected >= 24); passwords never "
                + "expire (expected max age <= 90 days).", annotation);
        assertTrue(annotation.length() <= 256, annotation.length() + " characters");
        assertEquals(Evaluation.ACCOUNT_TYPE, r.evaluation().resourceType());
        assertEquals(Compliance.NON_COMPLIANT, r.compliance());
    }
}
