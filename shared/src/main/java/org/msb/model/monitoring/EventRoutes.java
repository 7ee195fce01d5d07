package org.msb.model.monitoring;

import com.google.gson.JsonObject;
import org.msb.fact.EventBridgeRules;
import org.msb.model.events.EventPattern;
import org.msb.model.events.EventPatternException;

import java.util.ArrayList;
import java.util.List;

/**
 * Which rules of the default event bus deliver an event somewhere: enabled, with at least one target, and a
 * pattern that matches it. Rules that match but would deliver nothing (disabled, no target) are near misses
 * worth naming; a pattern that cannot be read is reported, never guessed at.
 */
public final class EventRoutes {
    private record Parsed(EventBridgeRules.EventRule rule, EventPattern pattern) {}

    private final List<Parsed> rules = new ArrayList<>();
    private final List<String> unreadable = new ArrayList<>();

    public EventRoutes(EventBridgeRules fact) {
        for (EventBridgeRules.EventRule r : fact.rules()) {
            if (r.eventPattern() == null || r.eventPattern().isBlank()) continue;  // a scheduled rule
            try {
                rules.add(new Parsed(r, EventPattern.parse(r.eventPattern())));
            } catch (EventPatternException e) {
                unreadable.add(r.name() + " (" + e.getMessage() + ")");
            }
        }
    }

    /** Enabled rules with a target whose pattern matches the event. */
    public List<EventBridgeRules.EventRule> delivering(JsonObject event) {
        return rules.stream().filter(p -> p.rule().isEnabled() && !p.rule().targets().isEmpty() && p.pattern().matches(event))
                .map(Parsed::rule).toList();
    }

    /** Rules whose pattern matches but that deliver nothing, e.g. "break-glass-alert (disabled)". */
    public List<String> nearMisses(JsonObject event) {
        List<String> out = new ArrayList<>();
        for (Parsed p : rules) {
            if (!p.pattern().matches(event)) continue;
            if (!p.rule().isEnabled()) out.add(p.rule().name() + " (disabled)");
            else if (p.rule().targets().isEmpty()) out.add(p.rule().name() + " (no target)");
        }
        return out;
    }

    /** Rules whose pattern EventBridge would not accept, with the reason. */
    public List<String> unreadable() { return List.copyOf(unreadable); }
}
