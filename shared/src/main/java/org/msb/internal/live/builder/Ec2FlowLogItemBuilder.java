package org.msb.internal.live.builder;

import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DestinationOptionsResponse;
import software.amazon.awssdk.services.ec2.model.FlowLog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EC2::FlowLog} items from DescribeFlowLogs, shaped as Config records them (aws-config-rdk
 * AWS_EC2_FlowLog.json, the Config resource schema): resource id = flow log id; configuration flowLogId,
 * resourceId (the VPC, subnet or network interface it watches), trafficType, flowLogStatus, deliverLogsStatus
 * and deliverLogsErrorMessage (FAILED with e.g. "Access error" when delivery breaks), logDestinationType,
 * logDestination, logGroupName, deliverLogsPermissionArn, logFormat, maxAggregationInterval,
 * destinationOptions, creationTime (epoch milliseconds, as in the example item) and tags.
 */
public final class Ec2FlowLogItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ec2:DescribeFlowLogs"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        Ec2Client ec2 = ctx.clients().regional(Ec2Client.class, Ec2Client::builder);
        List<FlowLog> logs = AwsCall.read("EC2", "DescribeFlowLogs", "ec2:DescribeFlowLogs",
                () -> ec2.describeFlowLogsPaginator(r -> r.maxResults(1000)).flowLogs().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(logs.size());
        for (FlowLog f : logs) out.add(item(ctx, f));
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, FlowLog f) {
        Map<String, String> tags = SecurityGroupItemBuilder.tags(f.tags());
        DestinationOptionsResponse o = f.destinationOptions();
        JsonObject options = o == null ? null : ItemDraft.object("fileFormat", o.fileFormatAsString(),
                "hiveCompatiblePartitions", o.hiveCompatiblePartitions(), "perHourPartition", o.perHourPartition());
        JsonObject conf = ItemDraft.object(
                "creationTime", f.creationTime() == null ? null : f.creationTime().toEpochMilli(),
                "deliverLogsErrorMessage", f.deliverLogsErrorMessage(),
                "deliverLogsPermissionArn", f.deliverLogsPermissionArn(),
                "deliverLogsStatus", f.deliverLogsStatus(),
                "flowLogId", f.flowLogId(),
                "flowLogStatus", f.flowLogStatus(),
                "logGroupName", f.logGroupName(),
                "resourceId", f.resourceId(),
                "trafficType", f.trafficTypeAsString(),
                "logDestinationType", f.logDestinationTypeAsString(),
                "logDestination", f.logDestination(),
                "logFormat", f.logFormat(),
                "destinationOptions", options,
                "tags", ItemDraft.tagList(tags),
                "maxAggregationInterval", f.maxAggregationInterval());
        return new ItemDraft(ctx, "AWS::EC2::FlowLog", f.flowLogId())
                .arn("arn:" + ctx.partition() + ":ec2:" + ctx.region() + ":" + ctx.accountId() + ":flow-log/" + f.flowLogId())
                .availabilityZone("Not Applicable")
                .created(f.creationTime())
                .configuration(conf)
                .tags(tags)
                .build();
    }
}
