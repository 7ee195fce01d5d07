package org.msb.internal.live.builder;

import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBCluster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::RDS::DBCluster} items from DescribeDBClusters, shaped as Config records them (aws-config-rdk
 * AWS_RDS_DBCluster.json): resource id the dbClusterResourceId, name the identifier; configuration
 * dbclusterIdentifier, dbclusterArn, dbClusterResourceId, engine, engineMode, engineVersion, status, multiAZ,
 * storageEncrypted, kmsKeyId, publiclyAccessible; supplementary Tags.
 */
public final class RdsDBClusterItemBuilder implements ItemBuilder {

    @Override public String describe() { return "rds:DescribeDBClusters"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        RdsClient rds = ctx.clients().regional(RdsClient.class, RdsClient::builder);
        List<DBCluster> clusters = AwsCall.read("RDS", "DescribeDBClusters", "rds:DescribeDBClusters",
                () -> rds.describeDBClustersPaginator(r -> r.maxRecords(100)).dbClusters().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(clusters.size());
        for (DBCluster c : clusters) {
            Map<String, String> tags = RdsItems.tags(c.tagList());
            String id = c.dbClusterResourceId() != null ? c.dbClusterResourceId() : c.dbClusterIdentifier();
            out.add(new ItemDraft(ctx, "AWS::RDS::DBCluster", id)
                    .name(c.dbClusterIdentifier())
                    .arn(c.dbClusterArn())
                    .availabilityZone("Multiple Availability Zones")
                    .created(c.clusterCreateTime())
                    .configuration(ItemDraft.object("dbclusterIdentifier", c.dbClusterIdentifier(), "dbclusterArn", c.dbClusterArn(),
                            "dbClusterResourceId", c.dbClusterResourceId(), "engine", c.engine(), "engineMode", c.engineMode(),
                            "engineVersion", c.engineVersion(), "status", c.status(), "multiAZ", c.multiAZ(),
                            "storageEncrypted", c.storageEncrypted(), "kmsKeyId", c.kmsKeyId(),
                            "publiclyAccessible", c.publiclyAccessible()))
                    .supplementary("Tags", ItemDraft.tagList(tags))
                    .tags(tags)
                    .build());
        }
        return out;
    }
}
