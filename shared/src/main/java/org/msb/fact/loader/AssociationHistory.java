package org.msb.fact.loader;

import org.msb.internal.live.AwsCall;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.AssociationExecution;
import software.amazon.awssdk.services.ssm.model.AssociationExecutionTarget;
import software.amazon.awssdk.services.ssm.model.DescribeAssociationExecutionTargetsResponse;
import software.amazon.awssdk.services.ssm.model.DescribeAssociationExecutionsResponse;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last run of one State Manager association on each instance it may target, read from the association's
 * execution history newest first: ssm:DescribeAssociationExecutions, then ssm:DescribeAssociationExecutionTargets of
 * each execution, 50 a page. An instance's record in the newest execution that included it is its last run of the
 * association, what DescribeInstanceAssociationsStatus reports for it, so a fleet that the newest execution covered
 * costs two calls plus one a page of 50 instances instead of one call an instance.
 *
 * <p>The walk stops as soon as it settles every wanted instance: each one has a record, or as many of them have one
 * as the association's AssociationStatusAggregatedCount counts nodes with a status (so the rest have no run of it).
 * It gives up, leaving the instances it did not find unsettled for the caller to read one by one, when the history
 * ends (AWS keeps it for a limited time) or when it has spent as many calls as instances remain unsettled: from there
 * the per-instance reads cost no more.
 */
final class AssociationHistory {
    private static final String SSM = "SSM";
    static final int PAGE = 50;

    private AssociationHistory() {}

    /**
     * What one walk found.
     *
     * @param lastRuns the last run of each wanted instance found, by instance id
     * @param settled true when a wanted instance missing from {@code lastRuns} has no run of the association
     * @param calls the calls the walk made
     */
    record Result(Map<String, AssociationExecutionTarget> lastRuns, boolean settled, int calls) {
        Result {
            lastRuns = Map.copyOf(lastRuns);
        }
    }

    /**
     * @param wanted the managed instances the association may target
     * @param nodesWithStatus the sum of the association's AssociationStatusAggregatedCount; null when AWS gave none
     */
    static Result walk(SsmClient ssm, String associationId, Set<String> wanted, Integer nodesWithStatus) {
        Map<String, AssociationExecutionTarget> last = new LinkedHashMap<>();
        int calls = 0;
        String executionsToken = null;
        do {
            if (calls >= wanted.size() - last.size()) return new Result(last, false, calls);
            String token = executionsToken;
            DescribeAssociationExecutionsResponse page = AwsCall.readOptional(SSM, "DescribeAssociationExecutions",
                    "ssm:DescribeAssociationExecutions", Set.of("AssociationDoesNotExist"),
                    () -> ssm.describeAssociationExecutions(r -> r.associationId(associationId).maxResults(PAGE).nextToken(token)));
            calls++;
            if (page == null) return new Result(last, false, calls);  // deleted since it was listed
            for (AssociationExecution execution : newestFirst(page.associationExecutions())) {
                String targetsToken = null;
                do {
                    if (calls >= wanted.size() - last.size()) return new Result(last, false, calls);
                    String t = targetsToken;
                    DescribeAssociationExecutionTargetsResponse targets = AwsCall.readOptional(SSM, "DescribeAssociationExecutionTargets",
                            "ssm:DescribeAssociationExecutionTargets", Set.of("AssociationExecutionDoesNotExist"),
                            () -> ssm.describeAssociationExecutionTargets(r -> r.associationId(associationId)
                                    .executionId(execution.executionId()).maxResults(PAGE).nextToken(t)));
                    calls++;
                    if (targets == null) break;  // aged out of the history since it was listed
                    for (AssociationExecutionTarget target : targets.associationExecutionTargets()) {
                        if (wanted.contains(target.resourceId())) last.putIfAbsent(target.resourceId(), target);
                    }
                    if (last.size() == wanted.size()) return new Result(last, true, calls);
                    targetsToken = blankToNull(targets.nextToken());
                } while (targetsToken != null);
                // counted only once the execution is read whole: a later page may hold instances counted before
                if (nodesWithStatus != null && last.size() >= nodesWithStatus) return new Result(last, true, calls);
            }
            executionsToken = blankToNull(page.nextToken());
        } while (executionsToken != null);
        return new Result(last, false, calls);
    }

    /** AWS lists executions newest first; sorting each page keeps that true should a page come unordered. */
    private static List<AssociationExecution> newestFirst(List<AssociationExecution> executions) {
        return executions.stream().sorted(Comparator.comparing(AssociationExecution::createdTime,
                Comparator.nullsLast(Comparator.<Instant>reverseOrder()))).toList();
    }

    private static String blankToNull(String s) { return s == null || s.isEmpty() ? null : s; }
}
