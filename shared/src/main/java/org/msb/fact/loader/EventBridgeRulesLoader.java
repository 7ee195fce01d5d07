package org.msb.fact.loader;

import org.msb.fact.EventBridgeRules;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.ListRulesResponse;
import software.amazon.awssdk.services.eventbridge.model.ListTargetsByRuleResponse;
import software.amazon.awssdk.services.eventbridge.model.Rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code events.defaultBusRules}: events:ListRules on the default bus, then events:ListTargetsByRule per rule.
 * The EventBridge model declares no paginators for these operations, so the SDK has none: pages are
 * followed by NextToken here, with a guard against a token that repeats.
 */
public final class EventBridgeRulesLoader implements FactLoader<EventBridgeRules> {
    static final String BUS = "default";

    @Override
    public EventBridgeRules load(AwsClients clients) {
        EventBridgeClient events = clients.regional(EventBridgeClient.class, EventBridgeClient::builder);
        List<Rule> rules = AwsCall.read("EventBridge", "ListRules", "events:ListRules", () -> {
            List<Rule> all = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String token = null;
            do {
                String t = token;
                ListRulesResponse page = events.listRules(r -> r.eventBusName(BUS).nextToken(t).limit(100));
                all.addAll(page.rules());
                token = next(page.nextToken(), seen, "ListRules");
            } while (token != null);
            return all;
        });
        List<EventBridgeRules.EventRule> out = new ArrayList<>(rules.size());
        for (Rule r : rules) {
            out.add(new EventBridgeRules.EventRule(r.name(), r.arn(), r.stateAsString(), r.eventPattern(), r.scheduleExpression(),
                    r.managedBy(), targets(events, r.name())));
        }
        return new EventBridgeRules(out);
    }

    private static List<EventBridgeRules.Target> targets(EventBridgeClient events, String rule) {
        return AwsCall.read("EventBridge", "ListTargetsByRule", "events:ListTargetsByRule", () -> {
            List<EventBridgeRules.Target> all = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String token = null;
            do {
                String t = token;
                ListTargetsByRuleResponse page = events.listTargetsByRule(r -> r.rule(rule).eventBusName(BUS).nextToken(t).limit(100));
                page.targets().forEach(x -> all.add(new EventBridgeRules.Target(x.id(), x.arn())));
                token = next(page.nextToken(), seen, "ListTargetsByRule");
            } while (token != null);
            return all;
        });
    }

    private static String next(String token, Set<String> seen, String operation) {
        if (token == null || token.isEmpty()) return null;
        if (!seen.add(token)) throw new IllegalStateException("EventBridge " + operation + " returned the same NextToken twice");
        return token;
    }
}
