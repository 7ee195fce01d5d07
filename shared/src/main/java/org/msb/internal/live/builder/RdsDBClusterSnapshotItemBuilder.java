package org.msb.internal.live.builder;

import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBClusterSnapshot;
import software.amazon.awssdk.services.rds.model.DBClusterSnapshotAttribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::RDS::DBClusterSnapshot} items (DescribeDBClusterSnapshots) with their sharing attributes
 * (DescribeDBClusterSnapshotAttributes), shaped as Config records them (aws-config-rdk
 * AWS_RDS_DBClusterSnapshot.json): supplementary DBClusterSnapshotAttributes [{attributeName, attributeValues}].
 */
public final class RdsDBClusterSnapshotItemBuilder implements ItemBuilder {

    @Override public String describe() { return "rds:DescribeDBClusterSnapshots, rds:DescribeDBClusterSnapshotAttributes"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        RdsClient rds = ctx.clients().regional(RdsClient.class, RdsClient::builder);
        List<DBClusterSnapshot> snapshots = AwsCall.read("RDS", "DescribeDBClusterSnapshots", "rds:DescribeDBClusterSnapshots",
                () -> rds.describeDBClusterSnapshotsPaginator(r -> r.maxRecords(100)).dbClusterSnapshots().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(snapshots.size());
        for (DBClusterSnapshot s : snapshots) {
            List<DBClusterSnapshotAttribute> attributes = AwsCall.readOptional("RDS", "DescribeDBClusterSnapshotAttributes",
                    "rds:DescribeDBClusterSnapshotAttributes", Set.of("DBClusterSnapshotNotFoundFault"),
                    () -> rds.describeDBClusterSnapshotAttributes(r -> r.dbClusterSnapshotIdentifier(s.dbClusterSnapshotIdentifier()))
                            .dbClusterSnapshotAttributesResult().dbClusterSnapshotAttributes());
            if (attributes == null) continue;
            Map<String, String> tags = RdsItems.tags(s.tagList());
            out.add(new ItemDraft(ctx, "AWS::RDS::DBClusterSnapshot", s.dbClusterSnapshotIdentifier())
                    .name(s.dbClusterSnapshotIdentifier())
                    .arn(s.dbClusterSnapshotArn())
                    .availabilityZone("Multiple Availability Zones")
                    .created(s.snapshotCreateTime())
                    .configuration(ItemDraft.object("dbclusterSnapshotIdentifier", s.dbClusterSnapshotIdentifier(),
                            "dbclusterIdentifier", s.dbClusterIdentifier(), "snapshotCreateTime", ItemDraft.configTime(s.snapshotCreateTime()),
                            "engine", s.engine(), "status", s.status(), "snapshotType", s.snapshotType(),
                            "storageEncrypted", s.storageEncrypted(), "kmsKeyId", s.kmsKeyId(),
                            "dbclusterSnapshotArn", s.dbClusterSnapshotArn(), "vpcId", s.vpcId(), "engineVersion", s.engineVersion()))
                    .supplementary("DBClusterSnapshotAttributes", RdsItems.clusterSnapshotAttributes(attributes))
                    .supplementary("Tags", ItemDraft.tagList(tags))
                    .tags(tags)
                    .build());
        }
        return out;
    }
}
