package org.msb.internal.live.builder;

import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBSnapshot;
import software.amazon.awssdk.services.rds.model.DBSnapshotAttribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::RDS::DBSnapshot} items for the account's own snapshots (DescribeDBSnapshots, manual and automated)
 * with their sharing attributes (DescribeDBSnapshotAttributes), shaped as Config records them (aws-config-rdk
 * AWS_RDS_DBSnapshot.json): supplementary DBSnapshotAttributes [{attributeName "restore", attributeValues
 * ["all"] when public or account ids when shared}].
 */
public final class RdsDBSnapshotItemBuilder implements ItemBuilder {

    @Override public String describe() { return "rds:DescribeDBSnapshots, rds:DescribeDBSnapshotAttributes"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        RdsClient rds = ctx.clients().regional(RdsClient.class, RdsClient::builder);
        List<DBSnapshot> snapshots = AwsCall.read("RDS", "DescribeDBSnapshots", "rds:DescribeDBSnapshots",
                () -> rds.describeDBSnapshotsPaginator(r -> r.maxRecords(100)).dbSnapshots().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(snapshots.size());
        for (DBSnapshot s : snapshots) {
            List<DBSnapshotAttribute> attributes = AwsCall.readOptional("RDS", "DescribeDBSnapshotAttributes",
                    "rds:DescribeDBSnapshotAttributes", Set.of("DBSnapshotNotFound"),
                    () -> rds.describeDBSnapshotAttributes(r -> r.dbSnapshotIdentifier(s.dbSnapshotIdentifier()))
                            .dbSnapshotAttributesResult().dbSnapshotAttributes());
            if (attributes == null) continue;  // deleted since it was listed
            Map<String, String> tags = RdsItems.tags(s.tagList());
            out.add(new ItemDraft(ctx, "AWS::RDS::DBSnapshot", s.dbSnapshotIdentifier())
                    .name(s.dbSnapshotIdentifier())
                    .arn(s.dbSnapshotArn())
                    .availabilityZone(s.availabilityZone())
                    .created(s.snapshotCreateTime())
                    .configuration(ItemDraft.object("dBSnapshotIdentifier", s.dbSnapshotIdentifier(),
                            "dBInstanceIdentifier", s.dbInstanceIdentifier(), "snapshotCreateTime", ItemDraft.configTime(s.snapshotCreateTime()),
                            "engine", s.engine(), "allocatedStorage", s.allocatedStorage(), "status", s.status(),
                            "availabilityZone", s.availabilityZone(), "vpcId", s.vpcId(), "snapshotType", s.snapshotType(),
                            "encrypted", s.encrypted(), "kmsKeyId", s.kmsKeyId(), "dBSnapshotArn", s.dbSnapshotArn(),
                            "engineVersion", s.engineVersion(), "storageType", s.storageType()))
                    .supplementary("DBSnapshotAttributes", RdsItems.snapshotAttributes(attributes))
                    .supplementary("Tags", ItemDraft.tagList(tags))
                    .tags(tags)
                    .build());
        }
        return out;
    }
}
