package org.msb.model.flowlog;

import org.msb.item.ConfigurationItem;

/**
 * A VPC flow log as its {@code AWS::EC2::FlowLog} configuration item records it, with what DET-7 and DET-8
 * both need to know: whether it is working, what it captures, and where it delivers.
 *
 * @param resourceId the VPC, subnet or network interface it watches
 * @param trafficType ALL, ACCEPT or REJECT
 * @param logDestinationType cloud-watch-logs, s3 or kinesis-data-firehose
 * @param logDestination the destination ARN (null for CloudWatch Logs given only by group name)
 */
public record FlowLog(String id, String resourceId, String trafficType, String flowLogStatus, String deliverLogsStatus,
                      String deliverLogsErrorMessage, String logDestinationType, String logDestination, String logGroupName) {

    public static FlowLog of(ConfigurationItem item) {
        var c = item.configuration();
        String id = c.get("flowLogId").text(item.resourceId());
        return new FlowLog(id, c.get("resourceId").text(), c.get("trafficType").text(), c.get("flowLogStatus").text(),
                c.get("deliverLogsStatus").text(), c.get("deliverLogsErrorMessage").text(), c.get("logDestinationType").text(),
                c.get("logDestination").text(), c.get("logGroupName").text());
    }

    /** Watches a whole VPC (not one subnet or interface of it). */
    public boolean watchesVpc() { return resourceId != null && resourceId.startsWith("vpc-"); }

    /** ACTIVE and not failing to deliver; an item without a status is not taken as active. */
    public boolean active() { return problem() == null; }

    /** Why it does not work, e.g. "in error (FAILED: Access error)"; null when it is active and delivering. */
    public String problem() {
        if (!"ACTIVE".equalsIgnoreCase(flowLogStatus)) return "not active (status " + (flowLogStatus == null ? "unknown" : flowLogStatus) + ")";
        if ("FAILED".equalsIgnoreCase(deliverLogsStatus)) {
            return "in error (delivery FAILED" + (deliverLogsErrorMessage == null || deliverLogsErrorMessage.isBlank() ? "" : ": " + deliverLogsErrorMessage) + ")";
        }
        return null;
    }

    /** True when it captures {@code wanted} traffic (ALL captures everything). */
    public boolean captures(String wanted) {
        return "ALL".equalsIgnoreCase(trafficType) || (trafficType != null && trafficType.equalsIgnoreCase(wanted));
    }

    /** The bucket of an S3 destination ({@code arn:aws:s3:::bucket/prefix}); null for other destinations. */
    public String destinationBucket() {
        if (!"s3".equalsIgnoreCase(logDestinationType) || logDestination == null) return null;
        int i = logDestination.indexOf(":::");
        if (i < 0) return null;
        String rest = logDestination.substring(i + 3);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The account of an ARN destination (a Firehose stream in another account); null when the ARN carries none. */
    public String destinationAccount() {
        if (logDestination == null) return null;
        String[] p = logDestination.split(":", 6);
        return p.length >= 5 && !p[4].isEmpty() ? p[4] : null;
    }

    /** Where it delivers, for people: "S3 bucket/prefix", "CloudWatch Logs group g", "Firehose arn". */
    public String destination() {
        if ("s3".equalsIgnoreCase(logDestinationType)) return "S3 " + (logDestination == null ? "?" : logDestination.replaceFirst("^arn:[^:]+:s3:::", ""));
        if ("kinesis-data-firehose".equalsIgnoreCase(logDestinationType)) return "Firehose " + logDestination;
        String group = logGroupName != null ? logGroupName : logDestination;
        return "CloudWatch Logs " + (group == null ? "?" : group);
    }
}
