package org.msb.rules.passwordpolicy;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.msb.engine.ParameterValidator;
import org.msb.internal.world.StaticAccountView;
import org.msb.register.ExceptionRegister;
import org.msb.rule.Evaluation;
import org.msb.rule.RuleInput;
import org.msb.testkit.RuleTestKit;
import org.msb.testkit.Scenario;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordPolicyRuleTest {
    static final RuleTestKit KIT = RuleTestKit.of(new PasswordPolicyRule());

    static Stream<Scenario> scenarios() { return KIT.scenarios(); }

    @ParameterizedTest
    @MethodSource("scenarios")
    void scenario(Scenario s) { KIT.verify(s); }

    @Test
    void module() {
        KIT.verifyModule();
        KIT.verifyCoverage();
    }

    @Test
    void evaluate_whenEveryRequirementFails_namesAllSevenWithinTheAnnotationLimit() {
        StaticAccountView account = new StaticAccountView("111122223333", "eu-west-1", List.of(), Map.of("iam.passwordPolicy",
                JsonParser.parseString("{\"exists\":true,\"minimumPasswordLength\":6,\"requireUppercaseCharacters\":false,"
                        + "\"requireLowercaseCharacters\":false,\"requireNumbers\":false,\"requireSymbols\":false}")), "test");
        RuleInput in = new RuleInput(KIT.spec(), null, Scenario.DEFAULT_NOW, ParameterValidator.validate(KIT.spec(), Map.of()),
                account, Scenario.DEFAULT_NOW, ExceptionRegister.empty());
        String annotation = new PasswordPolicyRule().evaluate(in).get(0).annotation();
        assertEquals("Password policy fails 7 requirements: minimum length 6 (expected >= 14); uppercase, lowercase, "
                + "numbers, symbols not required (expected required); reuse prevention not set (expected >= 24); passwords never "
                + "expire (expected max age <= 90 days).", annotation);
        assertTrue(annotation.length() <= 256, annotation.length() + " characters");
        assertEquals(Evaluation.ACCOUNT_TYPE, new PasswordPolicyRule().evaluate(in).get(0).resourceType());
    }
}
