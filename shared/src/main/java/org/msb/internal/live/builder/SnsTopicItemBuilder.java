package org.msb.internal.live.builder;

import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.Topic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::SNS::Topic} items from ListTopics and GetTopicAttributes, shaped as Config records them
 * (aws-config-rdk AWS_SNS_Topic.json): resource id the topic ARN, name the topic name; configuration the
 * attributes by their API names (TopicArn, DisplayName, Owner, Policy, KmsMasterKeyId, ...).
 */
public final class SnsTopicItemBuilder implements ItemBuilder {
    private static final Set<String> KEPT = Set.of("TopicArn", "DisplayName", "Owner", "Policy", "KmsMasterKeyId",
            "EffectiveDeliveryPolicy", "SignatureVersion", "TracingConfig", "FifoTopic", "ContentBasedDeduplication");

    @Override public String describe() { return "sns:ListTopics, sns:GetTopicAttributes, sns:ListTagsForResource"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        SnsClient sns = ctx.clients().regional(SnsClient.class, SnsClient::builder);
        List<Topic> topics = AwsCall.read("SNS", "ListTopics", "sns:ListTopics", () -> sns.listTopicsPaginator().topics().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(topics.size());
        for (Topic t : topics) {
            Map<String, String> attributes = AwsCall.readOptional("SNS", "GetTopicAttributes", "sns:GetTopicAttributes", Set.of("NotFound"),
                    () -> sns.getTopicAttributes(r -> r.topicArn(t.topicArn())).attributes());
            if (attributes == null) continue;
            Map<String, String> tags = new LinkedHashMap<>();
            AwsCall.read("SNS", "ListTagsForResource", "sns:ListTagsForResource",
                    () -> sns.listTagsForResource(r -> r.resourceArn(t.topicArn())).tags()).forEach(tag -> tags.put(tag.key(), tag.value()));
            com.google.gson.JsonObject conf = new com.google.gson.JsonObject();
            attributes.forEach((k, v) -> { if (KEPT.contains(k)) conf.addProperty(k, v); });
            String name = t.topicArn().substring(t.topicArn().lastIndexOf(':') + 1);
            out.add(new ItemDraft(ctx, "AWS::SNS::Topic", t.topicArn())
                    .name(name)
                    .arn(t.topicArn())
                    .availabilityZone("Not Applicable")
                    .configuration(conf)
                    .tags(tags)
                    .build());
        }
        return out;
    }
}
