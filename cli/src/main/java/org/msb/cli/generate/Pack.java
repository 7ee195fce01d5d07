package org.msb.cli.generate;

import org.msb.rule.RuleSpec;

import java.util.List;

/**
 * One conformance pack: its name, where it is deployed, and its rules in baseline order.
 *
 * @param title what it holds, for headers and docs
 */
public record Pack(String name, Scope scope, Kind kind, String title, List<RuleSpec> rules) {
    public Pack {
        rules = List.copyOf(rules);
        if (rules.isEmpty()) throw new IllegalArgumentException("pack " + name + " has no rules");
    }

    /** Where a pack is deployed: rules on global resource types run in the home region only (contract section 11). */
    public enum Scope {
        EVERY_REGION("every region"),
        HOME_REGION("the home region only");

        private final String text;

        Scope(String text) { this.text = text; }

        public String text() { return text; }
    }

    public enum Kind { BASELINE, SECTION, EXTENDED }

    public boolean homeRegionOnly() { return scope == Scope.HOME_REGION; }
}
