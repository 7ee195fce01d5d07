package org.msb.internal.live.builder;

import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::SQS::Queue} items from ListQueues and GetQueueAttributes, in the CloudFormation-style shape
 * Config records for SQS (resource schema): resource id the queue URL, name the queue name; configuration
 * QueueUrl, QueueArn, QueueName, KmsMasterKeyId, KmsDataKeyReusePeriodSeconds, SqsManagedSseEnabled, ...
 */
public final class SqsQueueItemBuilder implements ItemBuilder {
    private static final Set<String> KEPT = Set.of("QueueArn", "KmsMasterKeyId", "KmsDataKeyReusePeriodSeconds",
            "SqsManagedSseEnabled", "DelaySeconds", "MaximumMessageSize", "MessageRetentionPeriod",
            "ReceiveMessageWaitTimeSeconds", "VisibilityTimeout", "FifoQueue", "ContentBasedDeduplication");

    @Override public String describe() { return "sqs:ListQueues, sqs:GetQueueAttributes, sqs:ListQueueTags"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        SqsClient sqs = ctx.clients().regional(SqsClient.class, SqsClient::builder);
        List<String> urls = AwsCall.read("SQS", "ListQueues", "sqs:ListQueues",
                () -> sqs.listQueuesPaginator(r -> r.maxResults(1000)).queueUrls().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(urls.size());
        for (String url : urls) {
            Map<String, String> a = AwsCall.readOptional("SQS", "GetQueueAttributes", "sqs:GetQueueAttributes",
                    Set.of("AWS.SimpleQueueService.NonExistentQueue", "QueueDoesNotExist"),
                    () -> sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(QueueAttributeName.ALL)).attributesAsStrings());
            if (a == null) continue;
            Map<String, String> tags = AwsCall.read("SQS", "ListQueueTags", "sqs:ListQueueTags", () -> sqs.listQueueTags(r -> r.queueUrl(url)).tags());
            String name = url.substring(url.lastIndexOf('/') + 1);
            JsonObject conf = new JsonObject();
            conf.addProperty("QueueUrl", url);
            conf.addProperty("QueueName", name);
            a.forEach((k, v) -> { if (KEPT.contains(k)) conf.addProperty(k, v); });
            out.add(new ItemDraft(ctx, "AWS::SQS::Queue", url)
                    .name(name)
                    .arn(a.get("QueueArn"))
                    .availabilityZone("Not Applicable")
                    .configuration(conf)
                    .tags(tags)
                    .build());
        }
        return out;
    }
}
