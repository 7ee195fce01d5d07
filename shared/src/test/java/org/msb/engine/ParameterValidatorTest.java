package org.msb.engine;

import org.junit.jupiter.api.Test;
import org.msb.error.InvalidParameterException;
import org.msb.rule.ParameterSpec;
import org.msb.rule.RuleParameters;
import org.msb.rule.RuleSpec;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ParameterValidatorTest {
    static final RuleSpec SPEC = RuleSpec.builder("test-rule", "IAM-3").title("t").baseline("b").description("d").remediation("r")
            .periodic()
            .param(ParameterSpec.integer("MinimumPasswordLength", 14, 6, 128, "min length"))
            .param(ParameterSpec.bool("RequireSymbols", true, "symbols"))
            .param(ParameterSpec.csv("managementPorts", "22,3389", "ports").matching("\\d{1,5}", "port numbers"))
            .param(ParameterSpec.choice("missingPlanIs", "NON_COMPLIANT", List.of("NON_COMPLIANT", "COMPLIANT"), "plan"))
            .param(ParameterSpec.string("expectedBucketName", null, "bucket"))
            .build();

    @Test
    void validate_whenNothingGiven_usesDefaults() {
        RuleParameters p = ParameterValidator.validate(SPEC, ParameterValidator.parseJson("{}"));
        assertEquals(14, p.intValue("MinimumPasswordLength"));
        assertTrue(p.boolValue("RequireSymbols"));
        assertEquals(List.of("22", "3389"), p.list("managementPorts"));
        assertEquals("NON_COMPLIANT", p.string("missingPlanIs"));
        assertNull(p.string("expectedBucketName"));
        assertFalse(p.has("ExceptionRegister"));
    }

    @Test
    void validate_whenValuesGiven_typesThem() {
        RuleParameters p = ParameterValidator.validate(SPEC, ParameterValidator.parseJson(
                "{\"MinimumPasswordLength\":\"20\",\"RequireSymbols\":\"false\",\"managementPorts\":\" 22 , 5900,\",\"expectedBucketName\":\"logs\"}"));
        assertEquals(20, p.intValue("MinimumPasswordLength"));
        assertFalse(p.boolValue("RequireSymbols"));
        assertEquals(List.of("22", "5900"), p.list("managementPorts"));
        assertEquals("logs", p.string("expectedBucketName"));
    }

    @Test
    void validate_whenEmptyString_takesDefault() {
        // conformance packs pass "" for parameters left blank
        RuleParameters p = ParameterValidator.validate(SPEC, Map.of("MinimumPasswordLength", ""));
        assertEquals(14, p.intValue("MinimumPasswordLength"));
    }

    @Test
    void validate_whenOutOfRange_namesParameterValueAndRange() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(SPEC, Map.of("MinimumPasswordLength", "5")));
        assertEquals("Invalid rule parameter MinimumPasswordLength=\"5\": expected a whole number from 6 to 128", e.getMessage());
        assertEquals("MinimumPasswordLength", e.parameter());
    }

    @Test
    void validate_whenBooleanNotLowercase_isAnError() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(SPEC, Map.of("RequireSymbols", "True")));
        assertTrue(e.getMessage().contains("RequireSymbols=\"True\"") && e.getMessage().contains("\"true\" or \"false\""), e.getMessage());
    }

    @Test
    void validate_whenCsvItemBad_namesTheItem() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(SPEC, Map.of("managementPorts", "22,ssh")));
        assertTrue(e.getMessage().contains("\"ssh\" is not"), e.getMessage());
    }

    @Test
    void validate_whenChoiceUnknown_listsChoices() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(SPEC, Map.of("missingPlanIs", "maybe")));
        assertTrue(e.getMessage().contains("one of NON_COMPLIANT, COMPLIANT"), e.getMessage());
    }

    @Test
    void validate_whenUnknownName_listsAcceptedNames() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(SPEC, Map.of("minimumPasswordLength", "14")));
        assertTrue(e.getMessage().contains("Unknown rule parameter minimumPasswordLength") && e.getMessage().contains("MinimumPasswordLength"), e.getMessage());
    }

    @Test
    void validate_frameworkParameters_areCheckedToo() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> ParameterValidator.validate(SPEC, Map.of("ExceptionRegister", "http://example.com/x")));
        assertTrue(e.getMessage().contains("s3://bucket/key or ssm:/parameter/name"), e.getMessage());
        RuleParameters ok = ParameterValidator.validate(SPEC, Map.of("ExceptionRegister", "s3://my-bucket/msb/register.yaml"));
        assertEquals("s3://my-bucket/msb/register.yaml", ok.string("ExceptionRegister"));
    }

    @Test
    void parseJson_whenMalformedOrNotObject_isAClearError() {
        assertTrue(ParameterValidator.parseJson(null).isEmpty());
        assertTrue(ParameterValidator.parseJson("").isEmpty());
        assertThrows(InvalidParameterException.class, () -> ParameterValidator.parseJson("{\"a\":"));
        assertThrows(InvalidParameterException.class, () -> ParameterValidator.parseJson("[1]"));
        InvalidParameterException nested = assertThrows(InvalidParameterException.class, () -> ParameterValidator.parseJson("{\"a\":{\"b\":1}}"));
        assertTrue(nested.getMessage().contains("a="), nested.getMessage());
        assertEquals(Map.of("n", "14", "b", "true"), ParameterValidator.parseJson("{\"n\":14,\"b\":true}"));
    }

    @Test
    void ruleSpecBuilder_refusesIncompleteSpecs() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> RuleSpec.builder("Bad_Id", "X-1").build());
        assertTrue(e.getMessage().contains("kebab-case") && e.getMessage().contains("control id") && e.getMessage().contains("no trigger"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> RuleSpec.builder("r", "IAM-1").title("t").baseline("b").description("d")
                .remediation("r").periodic().param(ParameterSpec.string("HomeRegion", null, "x")).build());
    }

}
