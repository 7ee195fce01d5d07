package org.msb.rules.ssminventory;

import org.junit.jupiter.api.Test;
import org.msb.testkit.RuleContractTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** AM-4 through its scenario folders, plus what needs a name. */
class SsmInventoryRuleTest extends RuleContractTest {
    SsmInventoryRuleTest() { super(new SsmInventoryRule()); }

    @Test
    void evaluate_whenOnlyStoppedInstances_doesNotReadTheSsmFact() {
        // no ssm.managedInstances fact given: reading it would fail the run
        var o = kit().given().item(ScenarioItems.instance("i-0c0ffee0c0ffee001", "stopped", 80)).periodic();
        assertNull(o.error(), String.valueOf(o.error()));
        assertEquals(1, o.results().size());
        assertEquals("NOT_APPLICABLE", o.results().get(0).compliance().name());
    }
}
