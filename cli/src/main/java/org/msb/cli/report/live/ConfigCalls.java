package org.msb.cli.report.live;

import org.msb.error.AwsCallException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Counts the Config API calls a read makes (one per page; the SDK's standard retry strategy retries throttling
 * inside a call) and turns every SDK failure into an {@link AwsCallException} naming the operation, so an
 * AccessDenied or an unknown aggregator stops the read instead of reading as a compliance verdict.
 */
final class ConfigCalls {
    private final Map<String, Integer> counts = new TreeMap<>();

    <T> T call(String operation, Supplier<T> request) {
        counts.merge(operation, 1, Integer::sum);
        try {
            return request.get();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "error" : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new AwsCallException("AWS Config " + operation + " failed: " + code + ": " + message, e);
        } catch (SdkException e) {
            throw new AwsCallException("AWS Config " + operation + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Every page of a NextToken-paginated operation: {@code fetch} gets the token (null first), {@code each}
     * sees each page. A token the service repeats would loop forever, so it is an error.
     */
    <R> void pages(String operation, Function<String, R> fetch, Function<R, String> nextToken, Consumer<R> each) {
        Set<String> seen = new HashSet<>();
        String token = null;
        do {
            String current = token;
            R page = call(operation, () -> fetch.apply(current));
            each.accept(page);
            token = nextToken.apply(page);
            if (token != null && token.isEmpty()) token = null;
            if (token != null && !seen.add(token)) {
                throw new AwsCallException("AWS Config " + operation + " returned the same NextToken twice; stopped reading", null);
            }
        } while (token != null);
    }

    /** Calls per operation so far, by operation name. */
    Map<String, Integer> counts() { return Map.copyOf(counts); }

    int total() { return counts.values().stream().mapToInt(Integer::intValue).sum(); }
}
