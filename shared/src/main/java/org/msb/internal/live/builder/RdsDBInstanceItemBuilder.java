package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBInstance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::RDS::DBInstance} items from DescribeDBInstances, shaped as Config records them (aws-config-rdk
 * AWS_RDS_DBInstance.json): resource id the dbiResourceId, name the identifier; configuration dBInstanceIdentifier,
 * dBInstanceClass, engine, engineVersion, dBInstanceStatus, dBClusterIdentifier, availabilityZone, multiAZ,
 * publiclyAccessible, storageEncrypted, kmsKeyId, storageType, allocatedStorage, vpcSecurityGroups, dbiResourceId,
 * dBInstanceArn; supplementary Tags.
 */
public final class RdsDBInstanceItemBuilder implements ItemBuilder {

    @Override public String describe() { return "rds:DescribeDBInstances"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        RdsClient rds = ctx.clients().regional(RdsClient.class, RdsClient::builder);
        List<DBInstance> instances = AwsCall.read("RDS", "DescribeDBInstances", "rds:DescribeDBInstances",
                () -> rds.describeDBInstancesPaginator(r -> r.maxRecords(100)).dbInstances().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(instances.size());
        for (DBInstance i : instances) {
            Map<String, String> tags = RdsItems.tags(i.tagList());
            JsonArray groups = new JsonArray();
            i.vpcSecurityGroups().forEach(g -> groups.add(ItemDraft.object("vpcSecurityGroupId", g.vpcSecurityGroupId(), "status", g.status())));
            String id = i.dbiResourceId() != null ? i.dbiResourceId() : i.dbInstanceIdentifier();
            out.add(new ItemDraft(ctx, "AWS::RDS::DBInstance", id)
                    .name(i.dbInstanceIdentifier())
                    .arn(i.dbInstanceArn())
                    .availabilityZone(i.availabilityZone())
                    .created(i.instanceCreateTime())
                    .configuration(ItemDraft.object("dBInstanceIdentifier", i.dbInstanceIdentifier(),
                            "dBInstanceClass", i.dbInstanceClass(), "engine", i.engine(), "engineVersion", i.engineVersion(),
                            "dBInstanceStatus", i.dbInstanceStatus(), "dBClusterIdentifier", i.dbClusterIdentifier(),
                            "availabilityZone", i.availabilityZone(), "multiAZ", i.multiAZ(),
                            "publiclyAccessible", i.publiclyAccessible(), "storageEncrypted", i.storageEncrypted(),
                            "kmsKeyId", i.kmsKeyId(), "storageType", i.storageType(), "allocatedStorage", i.allocatedStorage(),
                            "vpcSecurityGroups", groups, "dbiResourceId", i.dbiResourceId(), "dBInstanceArn", i.dbInstanceArn()))
                    .supplementary("Tags", ItemDraft.tagList(tags))
                    .tags(tags)
                    .build());
        }
        return out;
    }
}
