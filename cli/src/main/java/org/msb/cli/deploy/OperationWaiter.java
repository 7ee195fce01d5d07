package org.msb.cli.deploy;

import software.amazon.awssdk.services.cloudformation.model.StackSetOperationResultSummary;
import software.amazon.awssdk.services.cloudformation.model.StackSetOperationStatus;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Waits for a StackSet operation, printing a progress line whenever the per-instance counts change. A failed or
 * stopped operation becomes a {@link DeployException} naming each failed account and region, the resources the
 * reason names, and that the instances that succeeded are left in place.
 */
final class OperationWaiter {
    private static final Pattern FAILED_RESOURCES = Pattern.compile("failed to (?:create|update|delete): \\[([^\\]]+)]");

    private final StackSetClient stackSet;
    private final Sleeper sleeper;
    private final long pollMillis;
    private final long timeoutMillis;

    OperationWaiter(StackSetClient stackSet, Sleeper sleeper, long pollMillis, long timeoutMillis) {
        this.stackSet = stackSet;
        this.sleeper = sleeper;
        this.pollMillis = pollMillis;
        this.timeoutMillis = timeoutMillis;
    }

    void await(String operationId, String what, PrintWriter progress) {
        long waited = 0;
        String last = null;
        while (true) {
            StackSetOperationStatus status = stackSet.call("DescribeStackSetOperation", () -> stackSet.cfn().describeStackSetOperation(r -> r
                    .stackSetName(stackSet.name()).operationId(operationId).callAs(stackSet.callAs())).stackSetOperation().status());
            List<StackSetOperationResultSummary> results = results(operationId);
            String counts = counts(results);
            String line = "  " + what + ": " + status + (counts.isEmpty() ? "" : " (" + counts + ")");
            if (!line.equals(last)) {
                progress.println(line);
                progress.flush();
                last = line;
            }
            switch (status) {
                case SUCCEEDED -> { return; }
                case FAILED, STOPPED -> throw failure(what, status, results);
                default -> { }
            }
            if (waited >= timeoutMillis) {
                throw new DeployException("stack set " + stackSet.name() + ": " + what + " still " + status + " after " + waited / 1000
                        + " s; it goes on in AWS (operation " + operationId + "); run msb deploy plan later to see what is left");
            }
            sleeper.sleep(pollMillis);
            waited += pollMillis;
        }
    }

    private List<StackSetOperationResultSummary> results(String operationId) {
        return stackSet.call("ListStackSetOperationResults", () -> stackSet.cfn().listStackSetOperationResultsPaginator(r -> r
                .stackSetName(stackSet.name()).operationId(operationId).callAs(stackSet.callAs())).summaries().stream().toList());
    }

    static String counts(List<StackSetOperationResultSummary> results) {
        Map<String, Long> byStatus = new TreeMap<>(results.stream().collect(Collectors.groupingBy(r -> r.statusAsString().toLowerCase(), Collectors.counting())));
        return byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                + (results.isEmpty() ? "" : " of " + results.size() + " stack instance(s)");
    }

    private DeployException failure(String what, StackSetOperationStatus status, List<StackSetOperationResultSummary> results) {
        List<StackSetOperationResultSummary> failed = results.stream().filter(r -> !"SUCCEEDED".equals(r.statusAsString())).toList();
        StringBuilder b = new StringBuilder("stack set " + stackSet.name() + ": " + what + " " + status + "; "
                + failed.size() + " of " + results.size() + " stack instance(s) did not succeed (those that did are left in place):");
        for (StackSetOperationResultSummary r : failed) {
            b.append("\n  account ").append(r.account()).append(", region ").append(r.region()).append(": ").append(r.statusAsString());
            String resources = resources(r.statusReason());
            if (resources != null) b.append(", resource(s) ").append(resources);
            if (r.statusReason() != null) b.append(": ").append(r.statusReason());
        }
        return new DeployException(b.toString());
    }

    /** The logical ids in "The following resource(s) failed to create: [A, B]." */
    static String resources(String reason) {
        if (reason == null) return null;
        Matcher m = FAILED_RESOURCES.matcher(reason);
        return m.find() ? m.group(1).trim() : null;
    }
}
