package org.msb.internal.lambda;

import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What PutEvaluations accepted in one invocation.
 *
 * @param delivered the evaluations Config accepted, in the order they were sent
 * @param calls the PutEvaluations calls made (retries and resends included)
 * @param testMode true when sent with TestMode (result token TESTMODE): Config validated but stored nothing
 */
public record Delivery(List<Evaluation> delivered, int calls, boolean testMode) {
    public Delivery {
        delivered = List.copyOf(delivered);
    }

    public static Delivery none() { return new Delivery(List.of(), 0, false); }

    public Map<Compliance, Integer> counts() {
        Map<Compliance, Integer> counts = new EnumMap<>(Compliance.class);
        for (Evaluation e : delivered) counts.merge(e.compliance(), 1, Integer::sum);
        return counts;
    }
}
