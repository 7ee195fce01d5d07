package org.msb.cli.deploy;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;

/** The stack that creates one region's artifact bucket from deploy/artifact-bucket.yaml, created when the bucket is missing. */
final class BucketStack {
    static final String STACK_NAME = "msb-artifacts";

    private final CloudFormationClient cfn;
    private final String region;
    private final String account;
    private final Sleeper sleeper;
    private final long pollMillis;
    private final long timeoutMillis;

    BucketStack(CloudFormationClient cfn, String region, String account, Sleeper sleeper, long pollMillis, long timeoutMillis) {
        this.cfn = cfn;
        this.region = region;
        this.account = account;
        this.sleeper = sleeper;
        this.pollMillis = pollMillis;
        this.timeoutMillis = timeoutMillis;
    }

    void create(String template, String bucketPrefix, String organizationId, PrintWriter progress) {
        try {
            cfn.createStack(r -> r.stackName(STACK_NAME).templateBody(template).parameters(
                    Parameter.builder().parameterKey("BucketNamePrefix").parameterValue(bucketPrefix).build(),
                    Parameter.builder().parameterKey("OrganizationId").parameterValue(organizationId).build()));
        } catch (CloudFormationException e) {
            throw new DeployException(where() + "cloudformation:CreateStack of " + STACK_NAME + " failed: " + Aws.describe(e)
                    + (Aws.errorCode(e).equals("AlreadyExistsException") ? " (the stack exists but the bucket does not: inspect and delete the stack, then retry)" : ""), e);
        }
        long waited = 0;
        while (true) {
            Stack stack = describe();
            String status = stack.stackStatusAsString();
            if (!status.endsWith("_IN_PROGRESS")) {
                if (status.equals("CREATE_COMPLETE")) {
                    progress.println("  " + region + ": artifact bucket " + bucketPrefix + "-" + region + " created (stack " + STACK_NAME + ")");
                    progress.flush();
                    return;
                }
                throw new DeployException(where() + "stack " + STACK_NAME + " ended " + status + ": " + failedResources()
                        + "; the stack is left for inspection (delete it before retrying)");
            }
            if (waited >= timeoutMillis) throw new DeployException(where() + "stack " + STACK_NAME + " still " + status + " after " + waited / 1000 + " s");
            sleeper.sleep(pollMillis);
            waited += pollMillis;
        }
    }

    private Stack describe() {
        try {
            return cfn.describeStacks(r -> r.stackName(STACK_NAME)).stacks().get(0);
        } catch (CloudFormationException e) {
            throw new DeployException(where() + "cloudformation:DescribeStacks of " + STACK_NAME + " failed: " + Aws.describe(e), e);
        }
    }

    /** "resource Bucket: reason; ..." from the stack's failed events. */
    private String failedResources() {
        List<StackEvent> events = cfn.describeStackEventsPaginator(r -> r.stackName(STACK_NAME)).stackEvents().stream()
                .filter(e -> e.resourceStatusAsString() != null && e.resourceStatusAsString().endsWith("_FAILED"))
                .filter(e -> !STACK_NAME.equals(e.logicalResourceId())).toList();
        if (events.isEmpty()) return "no failed resource reported";
        return events.stream().map(e -> "resource " + e.logicalResourceId() + " " + e.resourceStatusAsString() + ": " + e.resourceStatusReason())
                .collect(Collectors.joining("; "));
    }

    private String where() { return "account " + account + ", region " + region + ": "; }
}
