package org.msb.rule;

import java.util.List;

/**
 * A baseline control as an AWS Config rule: its metadata and a pure function from what it is given to
 * evaluations. A rule never builds an AWS client, parses event or parameter JSON, applies exceptions
 * or truncates annotations: the framework does each of those once.
 */
public interface Rule {
    RuleSpec spec();

    List<Evaluation> evaluate(RuleInput input);
}
