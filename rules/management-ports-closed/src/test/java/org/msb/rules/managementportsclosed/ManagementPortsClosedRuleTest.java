package org.msb.rules.managementportsclosed;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.msb.testkit.RuleTestKit;
import org.msb.testkit.Scenario;

import java.util.stream.Stream;

class ManagementPortsClosedRuleTest {
    static final RuleTestKit KIT = RuleTestKit.of(new ManagementPortsClosedRule());

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
