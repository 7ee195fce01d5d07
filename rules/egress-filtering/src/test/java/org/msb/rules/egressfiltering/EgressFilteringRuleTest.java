package org.msb.rules.egressfiltering;

import org.msb.testkit.RuleContractTest;

/** INF-9 egress-filtering (optional) through its scenario folders (src/test/resources/scenarios). */
class EgressFilteringRuleTest extends RuleContractTest {
    EgressFilteringRuleTest() { super(new EgressFilteringRule()); }
}
