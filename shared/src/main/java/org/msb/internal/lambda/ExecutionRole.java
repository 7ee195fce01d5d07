package org.msb.internal.lambda;

import org.msb.internal.lambda.lean.Partitions;

import java.util.regex.Pattern;

/**
 * The role a central Lambda assumes in the evaluated account: {@code arn:<partition>:iam::<account>:role/<name>},
 * from the rule parameter ExecutionRoleName (as rdklib does; the event's executionRoleArn is the recorder's
 * role, often the service-linked one, which a Lambda cannot assume).
 */
public final class ExecutionRole {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private ExecutionRole() {}

    public static String arn(String partition, String accountId, String roleName) {
        if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
            throw new org.msb.error.InvalidEventException("cannot assume ExecutionRoleName " + roleName
                    + ": the event's account id \"" + accountId + "\" is not a 12-digit AWS account id");
        }
        String name = roleName.startsWith("/") ? roleName.substring(1) : roleName;
        return "arn:" + partition + ":iam::" + accountId + ":role/" + name;
    }

    /** The partition of the rule's ARN when the event has one, else the region's. */
    public static String partition(String configRuleArn, String region) {
        if (configRuleArn != null && configRuleArn.startsWith("arn:")) {
            String[] parts = configRuleArn.split(":", 3);
            if (parts.length == 3 && !parts[1].isEmpty()) return parts[1];
        }
        return Partitions.of(region).id();
    }
}
