package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionField;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::ECS::TaskDefinition} items for every active revision (ListTaskDefinitions, DescribeTaskDefinition
 * with tags), in the CloudFormation-style shape Config records (aws-config-rdk AWS_ECS_TaskDefinition.json):
 * resource id the family, name FAMILY:REVISION; configuration TaskDefinitionArn, Family, Status, NetworkMode,
 * RequiresCompatibilities, Cpu, Memory, ExecutionRoleArn, TaskRoleArn, ContainerDefinitions [{Name, Image,
 * Essential, Environment [{Name, Value}], EnvironmentFiles [{Type, Value}], Secrets [{Name, ValueFrom}]}].
 * Environment values are as AWS records them; a capture redacts secrets among them (SecretBearingItems).
 */
public final class EcsTaskDefinitionItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ecs:ListTaskDefinitions, ecs:DescribeTaskDefinition"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        EcsClient ecs = ctx.clients().regional(EcsClient.class, EcsClient::builder);
        List<String> arns = AwsCall.read("ECS", "ListTaskDefinitions", "ecs:ListTaskDefinitions",
                () -> ecs.listTaskDefinitionsPaginator(r -> r.status(TaskDefinitionStatus.ACTIVE).maxResults(100)).taskDefinitionArns().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(arns.size());
        for (String arn : arns) {
            DescribeTaskDefinitionResponse r = AwsCall.readOptional("ECS", "DescribeTaskDefinition", "ecs:DescribeTaskDefinition",
                    Set.of("ClientException"), () -> ecs.describeTaskDefinition(b -> b.taskDefinition(arn).include(TaskDefinitionField.TAGS)));
            if (r == null) continue;
            var t = r.taskDefinition();
            Map<String, String> tags = new LinkedHashMap<>();
            r.tags().forEach(tag -> tags.put(tag.key(), tag.value()));
            JsonArray containers = new JsonArray();
            for (ContainerDefinition c : t.containerDefinitions()) containers.add(container(c));
            JsonArray compat = new JsonArray();
            t.requiresCompatibilitiesAsStrings().forEach(compat::add);
            out.add(new ItemDraft(ctx, "AWS::ECS::TaskDefinition", t.family())
                    .name(t.family() + ":" + t.revision())
                    .arn(t.taskDefinitionArn())
                    .availabilityZone("Regional")
                    .created(t.registeredAt())
                    .configuration(ItemDraft.object("TaskDefinitionArn", t.taskDefinitionArn(), "Family", t.family(),
                            "Status", t.statusAsString(), "NetworkMode", t.networkModeAsString(), "RequiresCompatibilities", compat,
                            "Cpu", t.cpu(), "Memory", t.memory(), "ExecutionRoleArn", t.executionRoleArn(),
                            "TaskRoleArn", t.taskRoleArn(), "ContainerDefinitions", containers))
                    .tags(tags)
                    .build());
        }
        return out;
    }

    private static JsonObject container(ContainerDefinition c) {
        JsonArray env = new JsonArray();
        c.environment().forEach(e -> env.add(ItemDraft.object("Name", e.name(), "Value", e.value())));
        JsonArray files = new JsonArray();
        c.environmentFiles().forEach(f -> files.add(ItemDraft.object("Type", f.typeAsString(), "Value", f.value())));
        JsonArray secrets = new JsonArray();
        c.secrets().forEach(s -> secrets.add(ItemDraft.object("Name", s.name(), "ValueFrom", s.valueFrom())));
        return ItemDraft.object("Name", c.name(), "Image", c.image(), "Essential", c.essential(), "Environment", env,
                "EnvironmentFiles", files, "Secrets", secrets);
    }
}
