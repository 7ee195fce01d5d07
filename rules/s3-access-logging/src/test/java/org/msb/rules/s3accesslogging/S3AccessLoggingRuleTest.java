package org.msb.rules.s3accesslogging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.msb.testkit.RuleTestKit;
import org.msb.testkit.Scenario;

import java.util.stream.Stream;

class S3AccessLoggingRuleTest {
    static final RuleTestKit KIT = RuleTestKit.of(new S3AccessLoggingRule());

    static Stream<Scenario> scenarios() { return KIT.scenarios(); }

    @ParameterizedTest
    @MethodSource("scenarios")
    void scenario(Scenario s) { KIT.verify(s); }

    @Test
    void module() {
        KIT.verifyModule();
        KIT.verifyCoverage();
    }
}
