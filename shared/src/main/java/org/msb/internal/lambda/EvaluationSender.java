package org.msb.internal.lambda;

import org.msb.engine.Deadline;
import org.msb.internal.live.AwsCall;
import org.msb.rule.Compliance;
import org.msb.rule.Evaluation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sends evaluations to AWS Config with the event's result token: batches of at most 100, TestMode for the
 * token TESTMODE, one empty call when there is nothing to report (so Config records the run), throttling
 * retried, and {@code FailedEvaluations} resent. Whatever is still not delivered fails the invocation with
 * a {@link DeliveryException} naming it. INSUFFICIENT_DATA is never sent (PutEvaluations rejects it).
 *
 * <p>Retries: each PutEvaluations call goes through an {@link EvaluationsTransport} that makes it exactly
 * once (the lean transport in Lambda), and this class retries throttling, 5xx and I/O failures itself with
 * capped exponential backoff and full jitter. So a throttled call is attempted at most {@link #MAX_ATTEMPTS}
 * times, and the wait is injectable ({@link Sleeper}). A retried call whose earlier reply was lost may store
 * an evaluation twice in Config (same resource and ordering timestamp: Config keeps one result); a result is
 * never dropped without the invocation failing and naming it.
 */
public final class EvaluationSender {
    /** PutEvaluations takes 0..100 evaluations per call. */
    public static final int BATCH_SIZE = 100;
    /** Attempts of one PutEvaluations call: the first and up to five retries of throttling, 5xx or I/O errors. */
    public static final int MAX_ATTEMPTS = 6;
    /** Times the evaluations Config listed in FailedEvaluations are sent again. */
    public static final int MAX_RESENDS = 3;
    private static final int NAMED_IN_ERRORS = 10;

    private final Backoff backoff;
    private final Sleeper sleeper;

    public EvaluationSender(Backoff backoff, Sleeper sleeper) {
        this.backoff = backoff;
        this.sleeper = sleeper;
    }

    public static EvaluationSender standard(Sleeper sleeper) {
        return new EvaluationSender(Backoff.of(Duration.ofMillis(200), Duration.ofSeconds(5)), sleeper);
    }

    public Delivery send(EvaluationsTransport config, String resultToken, List<Evaluation> evaluations) {
        return send(config, resultToken, evaluations, Deadline.NONE);
    }

    /** Stops before a batch once the deadline is reached, failing with what was not delivered ({@link DeadlineStop}). */
    public Delivery send(EvaluationsTransport config, String resultToken, List<Evaluation> evaluations, Deadline deadline) {
        for (Evaluation e : evaluations) {
            if (e.compliance() == Compliance.INSUFFICIENT_DATA) {
                throw new IllegalArgumentException("INSUFFICIENT_DATA cannot be sent to AWS Config (" + e.resourceType()
                        + " " + e.resourceId() + "); PutEvaluations accepts COMPLIANT, NON_COMPLIANT and NOT_APPLICABLE");
            }
        }
        boolean testMode = RuleEvent.TEST_MODE_TOKEN.equals(resultToken);
        Progress progress = new Progress(testMode);
        if (evaluations.isEmpty()) {
            put(config, resultToken, List.of(), progress, List.of());
            return progress.delivery();
        }
        for (int from = 0; from < evaluations.size(); from += BATCH_SIZE) {
            List<Evaluation> batch = evaluations.subList(from, Math.min(evaluations.size(), from + BATCH_SIZE));
            List<Evaluation> notYetSent = evaluations.subList(Math.min(evaluations.size(), from + BATCH_SIZE), evaluations.size());
            if (deadline.reached()) {
                throw new DeliveryException(DeadlineStop.message(deadline, from / BATCH_SIZE + 1, evaluations, from), progress.delivery(),
                        List.copyOf(evaluations.subList(from, evaluations.size())), null);
            }
            sendBatch(config, resultToken, batch, progress, notYetSent);
        }
        return progress.delivery();
    }

    private void sendBatch(EvaluationsTransport config, String token, List<Evaluation> batch, Progress progress, List<Evaluation> later) {
        List<Evaluation> pending = batch;
        for (int resend = 0; ; resend++) {
            List<EvaluationsTransport.Failed> response = put(config, token, pending, progress, later);
            List<Evaluation> failed = failed(pending, response);
            for (Evaluation e : pending) if (!failed.contains(e)) progress.delivered.add(e);
            if (failed.isEmpty()) return;
            if (resend == MAX_RESENDS) {
                List<Evaluation> lost = new ArrayList<>(failed);
                lost.addAll(later);
                throw new DeliveryException("AWS Config refused " + failed.size() + " evaluation(s) in FailedEvaluations "
                        + (MAX_RESENDS + 1) + " times; not delivered: " + describe(lost), progress.delivery(), lost, null);
            }
            pause(resend, progress, failed, later);
            pending = failed;
        }
    }

    private List<EvaluationsTransport.Failed> put(EvaluationsTransport config, String token, List<Evaluation> batch, Progress progress,
                                                  List<Evaluation> later) {
        for (int attempt = 1; ; attempt++) {
            try {
                progress.calls++;
                return config.put(token, batch, progress.testMode);
            } catch (SdkException e) {
                if (!retryable(e) || attempt == MAX_ATTEMPTS) {
                    List<Evaluation> lost = new ArrayList<>(batch);
                    lost.addAll(later);
                    String tries = retryable(e) ? " after " + attempt + " attempts" : "";
                    throw new DeliveryException(AwsCall.translate("Config", "PutEvaluations", "config:PutEvaluations", e).getMessage() + tries
                            + (lost.isEmpty() ? "" : "; not delivered: " + describe(lost)), progress.delivery(), lost, e);
                }
                pause(attempt - 1, progress, batch, later);
            }
        }
    }

    private void pause(int retry, Progress progress, List<Evaluation> pending, List<Evaluation> later) {
        try {
            sleeper.sleep(backoff.delay(retry));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            List<Evaluation> lost = new ArrayList<>(pending);
            lost.addAll(later);
            throw new DeliveryException("interrupted while retrying PutEvaluations; not delivered: " + describe(lost),
                    progress.delivery(), lost, e);
        }
    }

    static boolean retryable(SdkException e) {
        if (e instanceof SdkServiceException s) return s.isThrottlingException() || s.statusCode() >= 500;
        return e instanceof SdkClientException && e.getCause() instanceof IOException;
    }

    /** The evaluations of {@code sent} that Config listed in FailedEvaluations, matched on (type, id). */
    private static List<Evaluation> failed(List<Evaluation> sent, List<EvaluationsTransport.Failed> response) {
        if (response.isEmpty()) return List.of();
        Set<String> keys = new HashSet<>();
        for (var f : response) keys.add(f.resourceType() + "|" + f.resourceId());
        return sent.stream().filter(e -> keys.contains(e.resourceType() + "|" + e.resourceId())).toList();
    }

    private static String describe(List<Evaluation> lost) {
        String named = lost.stream().limit(NAMED_IN_ERRORS).map(e -> e.resourceType() + " " + e.resourceId())
                .collect(Collectors.joining(", "));
        return lost.size() > NAMED_IN_ERRORS ? named + " and " + (lost.size() - NAMED_IN_ERRORS) + " more" : named;
    }

    private static final class Progress {
        final boolean testMode;
        final List<Evaluation> delivered = new ArrayList<>();
        int calls;

        Progress(boolean testMode) { this.testMode = testMode; }

        Delivery delivery() { return new Delivery(delivered, calls, testMode); }
    }
}
