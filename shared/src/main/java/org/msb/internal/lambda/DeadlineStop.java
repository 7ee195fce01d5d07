package org.msb.internal.lambda;

import org.msb.engine.Deadline;
import org.msb.rule.Evaluation;

import java.util.List;
import java.util.stream.Collectors;

/** The message of a delivery stopped by the deadline: how many evaluations were not sent, and the first few. */
final class DeadlineStop {
    static final int NAMED = 10;

    private DeadlineStop() {}

    /**
     * @param batch the 1-based batch that was not started
     * @param from the index of its first evaluation: everything from there on is undelivered
     */
    static String message(Deadline deadline, int batch, List<Evaluation> all, int from) {
        List<Evaluation> lost = all.subList(from, all.size());
        int batches = (all.size() + EvaluationSender.BATCH_SIZE - 1) / EvaluationSender.BATCH_SIZE;
        String named = lost.stream().limit(NAMED).map(e -> e.resourceType() + " " + e.resourceId()).collect(Collectors.joining(", "));
        return "Lambda deadline: " + deadline.describe() + "; stopped before PutEvaluations batch " + batch + " of " + batches
                + ": " + lost.size() + " of " + all.size() + " evaluation(s) not delivered: " + named
                + (lost.size() > NAMED ? " and " + (lost.size() - NAMED) + " more" : "")
                + "; " + from + " delivered before. Raise the function's timeout or memory";
    }
}
