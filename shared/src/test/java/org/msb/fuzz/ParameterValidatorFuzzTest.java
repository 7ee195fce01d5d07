package org.msb.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;
import org.msb.engine.ParameterValidator;
import org.msb.error.InvalidParameterException;
import org.msb.rule.ParameterSpec;
import org.msb.rule.RuleParameters;
import org.msb.rule.RuleSpec;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter validation: Config's {@code ruleParameters} text and the values in it give typed parameters or an
 * {@link InvalidParameterException}, for a rule declaring one parameter of every type (with the bounds, choices and
 * patterns real rules use) besides the framework's own.
 */
class ParameterValidatorFuzzTest {
    static final RuleSpec SPEC = RuleSpec.builder("fuzz-parameters", "IAM-1")
            .title("t").baseline("b").description("d").remediation("r").periodic()
            .param(ParameterSpec.integer("MaxAgeDays", 90, 1, 3650, "days"))
            .param(ParameterSpec.bool("RequireMfa", true, "mfa"))
            .param(ParameterSpec.choice("Mode", "strict", List.of("strict", "lenient"), "mode"))
            .param(ParameterSpec.string("RoleName", "InfoSec", "role").matching("[\\w+=,.@-]{1,64}", "an IAM role name"))
            .param(ParameterSpec.csv("Ports", "22,3389", "ports").matching("\\d{1,5}", "port numbers"))
            .param(ParameterSpec.csv("Accounts", null, "accounts"))
            .build();
    private static final List<String> NAMES = SPEC.allParameters().stream().map(ParameterSpec::name).toList();

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void parseRuleParameters(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Outcomes.resultOrTyped(InvalidParameterException.class, () -> read(ParameterValidator.validate(SPEC, ParameterValidator.parseJson(text))));
    }

    @FuzzTest(maxDuration = "30s")
    @Timeout(10)
    void validateValues(FuzzedDataProvider data) {
        Map<String, String> raw = new LinkedHashMap<>();
        int n = data.consumeInt(0, 4);
        for (int i = 0; i < n; i++) {
            String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(20);
            raw.put(name, data.consumeString(100));
        }
        Outcomes.resultOrTyped(InvalidParameterException.class, () -> read(ParameterValidator.validate(SPEC, raw)));
    }

    /** Every declared parameter reads back as its type. */
    private static void read(RuleParameters p) {
        Outcomes.check(p.intValue("MaxAgeDays") >= 1 && p.intValue("MaxAgeDays") <= 3650, "MaxAgeDays out of its bounds");
        p.boolValue("RequireMfa");
        Outcomes.check(List.of("strict", "lenient").contains(p.string("Mode")), "Mode outside its choices");
        Outcomes.check(p.string("RoleName").matches("[\\w+=,.@-]{1,64}"), "RoleName outside its pattern");
        for (String port : p.list("Ports")) Outcomes.check(port.matches("\\d{1,5}"), "Ports item outside its pattern");
        p.list("Accounts");
    }
}
