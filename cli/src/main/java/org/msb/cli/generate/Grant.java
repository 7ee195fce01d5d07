package org.msb.cli.generate;

import java.util.List;

/**
 * One IAM action a generated role allows, with every reason it is there (a fact the rule declares, a
 * framework step), so that each action can be traced and none is granted "just in case".
 */
public record Grant(String action, List<String> reasons) {
    public Grant {
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) throw new IllegalArgumentException(action + " granted without a reason");
    }
}
