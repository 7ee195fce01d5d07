package org.msb.model.monitoring;

import org.junit.jupiter.api.Test;
import org.msb.fact.EventBridgeRules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuardDutyRoutingTest {
    static final List<EventBridgeRules.Target> SNS = List.of(new EventBridgeRules.Target("soc", "arn:aws:sns:eu-west-1:111122223333:soc-alerts"));
    static final String NUMERIC_4 = "{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"],\"detail\":{\"severity\":[{\"numeric\":[\">=\",4]}]}}";

    static EventBridgeRules.EventRule rule(String name, String state, String pattern, List<EventBridgeRules.Target> targets) {
        return new EventBridgeRules.EventRule(name, "arn:aws:events:eu-west-1:111122223333:rule/" + name, state, pattern, null, null, targets);
    }

    static GuardDutyRouting.Result check(double min, EventBridgeRules.EventRule... rules) {
        return GuardDutyRouting.check(new EventRoutes(new EventBridgeRules(List.of(rules))), BigDecimal.valueOf(min), "111122223333", "eu-west-1");
    }

    @Test
    void check_whenNumericThresholdRuleWithTarget_routesEverything() {
        GuardDutyRouting.Result r = check(4, rule("gd-medium-up", "ENABLED", NUMERIC_4, SNS));
        assertTrue(r.complete());
        assertEquals(List.of("gd-medium-up"), r.routedBy());
    }

    @Test
    void check_whenAwsDocumentedSeverityList_missesCriticalFindings() {
        // the enumerated form of AWS's older examples: 4, 4.0, 4.1 ... 8.9
        List<String> values = new ArrayList<>(List.of("4"));
        for (int i = 40; i <= 89; i++) values.add(String.format("%d.%d", i / 10, i % 10));
        String pattern = "{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"],\"detail\":{\"severity\":[" + String.join(",", values) + "]}}";
        GuardDutyRouting.Result r = check(4, rule("gd-list", "ENABLED", pattern, SNS));
        assertEquals(List.of("9.0-10.0"), r.unroutedSeverities());
    }

    @Test
    void check_whenHighOnlyRule_namesTheMediumGap() {
        String high = NUMERIC_4.replace("[\">=\",4]", "[\">=\",7]");
        GuardDutyRouting.Result r = check(4, rule("gd-high", "ENABLED", high, SNS));
        assertEquals(List.of("4.0-6.9"), r.unroutedSeverities());
        assertFalse(r.complete());
    }

    @Test
    void check_whenTwoRulesTogetherCoverTheRange_complete() {
        String medium = NUMERIC_4.replace("[\">=\",4]", "[\">=\",4,\"<\",7]");
        String high = NUMERIC_4.replace("[\">=\",4]", "[\">=\",7]");
        GuardDutyRouting.Result r = check(4, rule("gd-medium", "ENABLED", medium, SNS), rule("gd-high", "ENABLED", high, SNS));
        assertTrue(r.complete());
        assertEquals(List.of("gd-medium", "gd-high"), r.routedBy());
    }

    @Test
    void check_whenMatchingRuleDisabledOrWithoutTarget_reportsNearMisses() {
        GuardDutyRouting.Result r = check(7, rule("gd-off", "DISABLED", NUMERIC_4, SNS), rule("gd-nowhere", "ENABLED", NUMERIC_4, List.of()));
        assertEquals(List.of("7.0-10.0"), r.unroutedSeverities());
        assertEquals(List.of("gd-off (disabled)", "gd-nowhere (no target)"), r.nearMisses());
        assertTrue(r.routedBy().isEmpty());
    }

    @Test
    void check_whenRuleFiltersByFindingType_namesTheTypesLeftOut() {
        String ec2Only = "{\"source\":[\"aws.guardduty\"],\"detail\":{\"type\":[{\"wildcard\":\"*:EC2/*\"}]}}";
        GuardDutyRouting.Result r = check(4, rule("gd-ec2", "ENABLED", ec2Only, SNS));
        assertEquals(List.of("4.0-10.0"), r.unroutedSeverities());
        assertEquals(List.of("UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS", "Policy:S3/BucketBlockPublicAccessDisabled"),
                r.unroutedTypes());
    }

    @Test
    void check_whenPatternUnreadableOrOtherSource_routesNothing() {
        EventRoutes routes = new EventRoutes(new EventBridgeRules(List.of(
                rule("broken", "ENABLED", "{\"source\":\"aws.guardduty\"}", SNS),
                rule("ec2", "ENABLED", "{\"source\":[\"aws.ec2\"]}", SNS),
                rule("nightly", "ENABLED", null, SNS))));
        GuardDutyRouting.Result r = GuardDutyRouting.check(routes, new BigDecimal("8.5"), "111122223333", "eu-west-1");
        assertEquals(List.of("8.5-10.0"), r.unroutedSeverities());
        assertEquals(1, routes.unreadable().size());
        assertTrue(routes.unreadable().get(0).startsWith("broken (event pattern field source must be an array"));
    }
}
