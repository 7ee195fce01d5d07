package org.msb.internal.live.builder;

import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.efs.EfsClient;
import software.amazon.awssdk.services.efs.model.FileSystemDescription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EFS::FileSystem} items from DescribeFileSystems, in the CloudFormation-style shape Config records
 * for EFS (Config resource schema): FileSystemId, Arn, Encrypted, KmsKeyId, PerformanceMode, ThroughputMode,
 * ProvisionedThroughputInMibps, FileSystemTags [{Key, Value}].
 */
public final class EfsFileSystemItemBuilder implements ItemBuilder {

    @Override public String describe() { return "elasticfilesystem:DescribeFileSystems"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        EfsClient efs = ctx.clients().regional(EfsClient.class, EfsClient::builder);
        List<FileSystemDescription> systems = AwsCall.read("EFS", "DescribeFileSystems", "elasticfilesystem:DescribeFileSystems",
                () -> efs.describeFileSystemsPaginator(r -> r.maxItems(100)).fileSystems().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(systems.size());
        for (FileSystemDescription f : systems) {
            Map<String, String> tags = new LinkedHashMap<>();
            f.tags().forEach(t -> tags.put(t.key(), t.value()));
            out.add(new ItemDraft(ctx, "AWS::EFS::FileSystem", f.fileSystemId())
                    .name(f.name() == null || f.name().isEmpty() ? null : f.name())
                    .arn(f.fileSystemArn())
                    .availabilityZone(f.availabilityZoneName() == null ? "Regional" : f.availabilityZoneName())
                    .created(f.creationTime())
                    .configuration(ItemDraft.object("FileSystemId", f.fileSystemId(), "Arn", f.fileSystemArn(),
                            "Encrypted", f.encrypted(), "KmsKeyId", f.kmsKeyId(), "PerformanceMode", f.performanceModeAsString(),
                            "ThroughputMode", f.throughputModeAsString(),
                            "ProvisionedThroughputInMibps", f.provisionedThroughputInMibps()))
                    .tags(tags)
                    .build());
        }
        return out;
    }
}
