package org.msb.rules.nohardcodedsecrets;

import org.junit.jupiter.api.Test;
import org.msb.testkit.RuleContractTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** DP-8 through its scenario folders (src/test/resources/scenarios). */
class NoHardcodedSecretsRuleTest extends RuleContractTest {
    NoHardcodedSecretsRuleTest() { super(new NoHardcodedSecretsRule()); }

    @Test
    void intervalDays_boundsRatesAndMonthlyCrons() {
        assertEquals(30L, SecretRotation.intervalDays("rate(30 days)"));
        assertEquals(1L, SecretRotation.intervalDays("rate(4 hours)"));
        assertEquals(31L, SecretRotation.intervalDays("cron(0 16 1,15 * ? *)"));
        assertEquals(93L, SecretRotation.intervalDays("cron(0 3 1 */3 ? *)"));
        assertNull(SecretRotation.intervalDays("cron(0 3 1 JAN ? *)"), "yearly: cannot be shown to be within the limit");
    }
}
