package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.Tag;
import software.amazon.awssdk.services.ec2.model.Volume;
import software.amazon.awssdk.services.ec2.model.VolumeAttachment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::EC2::Volume} items from DescribeVolumes, shaped as Config records them (aws-config-rdk
 * AWS_EC2_Volume.json): volumeId, size, snapshotId, availabilityZone, state, createTime, attachments,
 * tags [{key, value}], volumeType, iops, throughput, encrypted, kmsKeyId (the key ARN, also for aws/ebs).
 */
public final class Ec2VolumeItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ec2:DescribeVolumes"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        Ec2Client ec2 = ctx.clients().regional(Ec2Client.class, Ec2Client::builder);
        List<Volume> volumes = AwsCall.read("EC2", "DescribeVolumes", "ec2:DescribeVolumes",
                () -> ec2.describeVolumesPaginator(r -> r.maxResults(500)).volumes().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(volumes.size());
        for (Volume v : volumes) {
            Map<String, String> tags = tags(v.tags());
            JsonArray attachments = new JsonArray();
            for (VolumeAttachment a : v.attachments()) {
                attachments.add(ItemDraft.object("volumeId", a.volumeId(), "instanceId", a.instanceId(), "device", a.device(),
                        "state", a.stateAsString(), "attachTime", ItemDraft.configTime(a.attachTime()),
                        "deleteOnTermination", a.deleteOnTermination()));
            }
            out.add(new ItemDraft(ctx, "AWS::EC2::Volume", v.volumeId())
                    .arn("arn:" + ctx.partition() + ":ec2:" + ctx.region() + ":" + ctx.accountId() + ":volume/" + v.volumeId())
                    .availabilityZone(v.availabilityZone())
                    .created(v.createTime())
                    .configuration(ItemDraft.object("volumeId", v.volumeId(), "size", v.size(), "snapshotId", v.snapshotId(),
                            "availabilityZone", v.availabilityZone(), "state", v.stateAsString(),
                            "createTime", ItemDraft.configTime(v.createTime()), "attachments", attachments,
                            "tags", ItemDraft.tagList(tags), "volumeType", v.volumeTypeAsString(), "iops", v.iops(),
                            "throughput", v.throughput(), "encrypted", v.encrypted(), "kmsKeyId", v.kmsKeyId(),
                            "multiAttachEnabled", v.multiAttachEnabled()))
                    .tags(tags)
                    .build());
        }
        return out;
    }

    static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> m = new LinkedHashMap<>();
        if (tags != null) tags.forEach(t -> m.put(t.key(), t.value()));
        return m;
    }
}
