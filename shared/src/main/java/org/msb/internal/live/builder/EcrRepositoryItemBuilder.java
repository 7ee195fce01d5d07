package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.Repository;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code AWS::ECR::Repository} items from DescribeRepositories, shaped as Config records them (aws-config-rdk
 * AWS_ECR_Repository.json): the repository name as id, configuration {Arn, RepositoryName,
 * ImageScanningConfiguration {ScanOnPush}, ImageTagMutability, LifecyclePolicy {}, RepositoryPolicyText {}, Tags []}.
 * Tags are not read (ecr:ListTagsForResource per repository): the rules that read repositories do not use them.
 */
public final class EcrRepositoryItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ecr:DescribeRepositories"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        EcrClient ecr = ctx.clients().regional(EcrClient.class, EcrClient::builder);
        List<Repository> repos = AwsCall.read("ECR", "DescribeRepositories", "ecr:DescribeRepositories",
                () -> ecr.describeRepositoriesPaginator(r -> r.maxResults(1000)).repositories().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(repos.size());
        for (Repository r : repos) out.add(item(ctx, r));
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, Repository r) {
        JsonObject conf = ItemDraft.object(
                "Arn", r.repositoryArn(),
                "ImageScanningConfiguration", r.imageScanningConfiguration() == null ? null
                        : ItemDraft.object("ScanOnPush", r.imageScanningConfiguration().scanOnPush()),
                "ImageTagMutability", r.imageTagMutabilityAsString(),
                "RepositoryName", r.repositoryName(),
                "LifecyclePolicy", new JsonObject(),
                "RepositoryPolicyText", new JsonObject(),
                "Tags", new JsonArray());
        return new ItemDraft(ctx, "AWS::ECR::Repository", r.repositoryName())
                .name(r.repositoryName())
                .arn(r.repositoryArn())
                .availabilityZone("Regional")
                .created(r.createdAt())
                .configuration(conf)
                .build();
    }
}
