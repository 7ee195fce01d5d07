package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.EventBridgeRules;
import org.msb.fact.IrFacts;
import org.msb.internal.live.LiveAccountView;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.RuleState;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class EventBridgeRulesLoaderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();
    static final String GD = "{\"source\":[\"aws.guardduty\"],\"detail-type\":[\"GuardDuty Finding\"],\"detail\":{\"severity\":[{\"numeric\":[\">=\",4]}]}}";

    private EventBridgeClient events() { return MOTO.clients("eu-west-1").regional(EventBridgeClient.class, EventBridgeClient::builder); }

    @Test
    void load_whenRulesWithAndWithoutTargets_readsPatternsStatesAndTargets() {
        events().putRule(r -> r.name("guardduty-to-soc").eventPattern(GD).state(RuleState.ENABLED));
        events().putTargets(r -> r.rule("guardduty-to-soc").targets(
                t -> t.id("soc").arn("arn:aws:sns:eu-west-1:123456789012:soc-alerts"),
                t -> t.id("ticket").arn("arn:aws:lambda:eu-west-1:123456789012:function:open-ticket")));
        events().putRule(r -> r.name("paused").eventPattern("{\"source\":[\"aws.sts\"]}").state(RuleState.DISABLED));
        events().putRule(r -> r.name("nightly").scheduleExpression("rate(1 day)"));

        EventBridgeRules fact = new EventBridgeRulesLoader().load(MOTO.clients("eu-west-1"));

        assertEquals(3, fact.rules().size());
        EventBridgeRules.EventRule gd = rule(fact, "guardduty-to-soc");
        assertTrue(gd.isEnabled());
        assertEquals("arn:aws:events:eu-west-1:123456789012:rule/guardduty-to-soc", gd.arn());
        assertTrue(gd.eventPattern().contains("aws.guardduty"), gd.eventPattern());
        assertEquals(List.of(new EventBridgeRules.Target("soc", "arn:aws:sns:eu-west-1:123456789012:soc-alerts"),
                new EventBridgeRules.Target("ticket", "arn:aws:lambda:eu-west-1:123456789012:function:open-ticket")), gd.targets());
        EventBridgeRules.EventRule paused = rule(fact, "paused");
        assertFalse(paused.isEnabled());
        assertEquals("DISABLED", paused.state());
        assertTrue(paused.targets().isEmpty());
        assertNull(rule(fact, "nightly").eventPattern());
        assertEquals("rate(1 day)", rule(fact, "nightly").scheduleExpression());
    }

    @Test
    void load_whenNoRules_isEmptyNotAnError() {
        assertTrue(new EventBridgeRulesLoader().load(MOTO.clients("eu-west-1")).rules().isEmpty());
    }

    @Test
    void viewFact_isRegional() {
        events().putRule(r -> r.name("only-in-eu-west-1").eventPattern(GD));
        assertEquals(1, new LiveAccountView(MOTO.clients("eu-west-1"), MotoServer.ACCOUNT_ID).fact(IrFacts.EVENTBRIDGE_RULES).rules().size());
        assertEquals(0, new LiveAccountView(MOTO.clients("us-east-1"), MotoServer.ACCOUNT_ID).fact(IrFacts.EVENTBRIDGE_RULES).rules().size());
    }

    private static EventBridgeRules.EventRule rule(EventBridgeRules fact, String name) {
        return fact.rules().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name + " not loaded"));
    }
}
