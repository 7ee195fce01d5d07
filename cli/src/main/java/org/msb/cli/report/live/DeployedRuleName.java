package org.msb.cli.report.live;

import org.msb.rule.Rule;

import java.util.Map;
import java.util.Optional;

/**
 * Maps a Config rule name back to this project's rule. A conformance pack (account or organization) names
 * its rules {@code <ConfigRuleName>-conformance-pack-<suffix>}; a rule deployed on its own keeps the id.
 */
final class DeployedRuleName {
    static final String PACK_MARK = "-conformance-pack-";

    private final Map<String, Rule> rulesById;

    DeployedRuleName(Map<String, Rule> rulesById) { this.rulesById = rulesById; }

    /** The project's rule behind {@code configRuleName}, or empty when it is not one of ours. */
    Optional<Rule> ruleOf(String configRuleName) {
        if (configRuleName == null) return Optional.empty();
        int mark = configRuleName.indexOf(PACK_MARK);
        String id = mark > 0 ? configRuleName.substring(0, mark) : configRuleName;
        return Optional.ofNullable(rulesById.get(id));
    }
}
