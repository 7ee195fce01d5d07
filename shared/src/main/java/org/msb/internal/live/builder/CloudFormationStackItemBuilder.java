package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonPrimitive;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Stack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::CloudFormation::Stack} items from DescribeStacks (live stacks; deleted ones are not listed), in the
 * shape Config records (aws-config-rdk AWS_CloudFormation_Stack.json): resource id and ARN the stack id, name the
 * stack name; configuration stackId, stackName, description, parameters [{parameterKey, parameterValue}],
 * creationTime, lastUpdatedTime, stackStatus, stackStatusReason, disableRollback, notificationARNs,
 * timeoutInMinutes, capabilities, outputs [{outputKey, outputValue, description}], roleARN, tags [{key, value}],
 * enableTerminationProtection, parentId, driftInformation.stackDriftStatus. NoEcho parameter values come back
 * masked ("****") as Config records them; other values are as given, and a capture redacts secrets among them
 * (SecretBearingItems).
 */
public final class CloudFormationStackItemBuilder implements ItemBuilder {

    @Override public String describe() { return "cloudformation:DescribeStacks"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        CloudFormationClient cfn = ctx.clients().regional(CloudFormationClient.class, CloudFormationClient::builder);
        List<Stack> stacks = AwsCall.read("CloudFormation", "DescribeStacks", "cloudformation:DescribeStacks",
                () -> cfn.describeStacksPaginator(r -> {}).stacks().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(stacks.size());
        for (Stack s : stacks) {
            Map<String, String> tags = new LinkedHashMap<>();
            s.tags().forEach(t -> tags.put(t.key(), t.value()));
            JsonArray parameters = new JsonArray();
            s.parameters().forEach(p -> parameters.add(ItemDraft.object("parameterKey", p.parameterKey(), "parameterValue", p.parameterValue())));
            JsonArray outputs = new JsonArray();
            s.outputs().forEach(o -> outputs.add(ItemDraft.object("outputKey", o.outputKey(), "outputValue", o.outputValue(),
                    "description", o.description())));
            JsonArray notifications = new JsonArray();
            s.notificationARNs().forEach(notifications::add);
            JsonArray capabilities = new JsonArray();
            s.capabilitiesAsStrings().forEach(capabilities::add);
            var drift = s.driftInformation();
            ItemDraft d = new ItemDraft(ctx, "AWS::CloudFormation::Stack", s.stackId())
                    .name(s.stackName())
                    .arn(s.stackId())
                    .availabilityZone("Regional")
                    .created(s.creationTime())
                    .configuration(ItemDraft.object("stackId", s.stackId(), "stackName", s.stackName(), "description", s.description(),
                            "parameters", parameters, "creationTime", ItemDraft.configTime(s.creationTime()),
                            "lastUpdatedTime", ItemDraft.configTime(s.lastUpdatedTime()), "stackStatus", s.stackStatusAsString(),
                            "stackStatusReason", s.stackStatusReason(), "disableRollback", s.disableRollback(),
                            "notificationARNs", notifications, "timeoutInMinutes", s.timeoutInMinutes(), "capabilities", capabilities,
                            "outputs", outputs, "roleARN", s.roleARN(), "tags", ItemDraft.tagList(tags),
                            "enableTerminationProtection", s.enableTerminationProtection(), "parentId", s.parentId(),
                            "driftInformation", drift == null ? null : ItemDraft.object("stackDriftStatus", drift.stackDriftStatusAsString())))
                    .tags(tags);
            if (s.enableTerminationProtection() != null) {
                d.supplementary("EnableTerminationProtection", new JsonPrimitive(s.enableTerminationProtection()));
            }
            if (s.parentId() != null) d.supplementary("ParentStackId", new JsonPrimitive(s.parentId()));
            out.add(d.build());
        }
        return out;
    }
}
