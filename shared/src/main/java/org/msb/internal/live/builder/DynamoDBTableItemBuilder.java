package org.msb.internal.live.builder;

import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ContinuousBackupsDescription;
import software.amazon.awssdk.services.dynamodb.model.SSEDescription;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::DynamoDB::Table} items from ListTables and DescribeTable (+ DescribeContinuousBackups), shaped as
 * Config records them (aws-config-rdk AWS_DynamoDB_Table.json, resource schema): tableName, tableArn, tableId,
 * tableStatus, creationDateTime (epoch ms), billingModeSummary, ssedescription {status, ssetype,
 * kmsmasterKeyArn} only when the table uses KMS (absent for the default AWS-owned key); supplementary
 * ContinuousBackupsDescription.
 */
public final class DynamoDBTableItemBuilder implements ItemBuilder {

    @Override public String describe() { return "dynamodb:ListTables, dynamodb:DescribeTable, dynamodb:DescribeContinuousBackups"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        DynamoDbClient ddb = ctx.clients().regional(DynamoDbClient.class, DynamoDbClient::builder);
        List<String> names = AwsCall.read("DynamoDB", "ListTables", "dynamodb:ListTables",
                () -> ddb.listTablesPaginator(r -> r.limit(100)).tableNames().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(names.size());
        for (String name : names) {
            TableDescription t = AwsCall.readOptional("DynamoDB", "DescribeTable", "dynamodb:DescribeTable", Set.of("ResourceNotFoundException"),
                    () -> ddb.describeTable(r -> r.tableName(name)).table());
            if (t == null) continue;
            ContinuousBackupsDescription backups = AwsCall.readOptional("DynamoDB", "DescribeContinuousBackups",
                    "dynamodb:DescribeContinuousBackups", Set.of("TableNotFoundException"),
                    () -> ddb.describeContinuousBackups(r -> r.tableName(name)).continuousBackupsDescription());
            JsonObject conf = ItemDraft.object("tableName", t.tableName(), "tableArn", t.tableArn(), "tableId", t.tableId(),
                    "tableStatus", t.tableStatusAsString(),
                    "creationDateTime", t.creationDateTime() == null ? null : t.creationDateTime().toEpochMilli(),
                    "billingModeSummary", t.billingModeSummary() == null ? null
                            : ItemDraft.object("billingMode", t.billingModeSummary().billingModeAsString()),
                    "ssedescription", sse(t.sseDescription()));
            ItemDraft d = new ItemDraft(ctx, "AWS::DynamoDB::Table", t.tableName())
                    .name(t.tableName())
                    .arn(t.tableArn())
                    .availabilityZone("Regional")
                    .created(t.creationDateTime())
                    .configuration(conf);
            if (backups != null) {
                d.supplementary("ContinuousBackupsDescription", ItemDraft.object(
                        "continuousBackupsStatus", backups.continuousBackupsStatusAsString(),
                        "pointInTimeRecoveryDescription", backups.pointInTimeRecoveryDescription() == null ? null
                                : ItemDraft.object("pointInTimeRecoveryStatus",
                                backups.pointInTimeRecoveryDescription().pointInTimeRecoveryStatusAsString())));
            }
            out.add(d.build());
        }
        return out;
    }

    private static JsonObject sse(SSEDescription s) {
        if (s == null || s.status() == null) return null;
        return ItemDraft.object("status", s.statusAsString(), "ssetype", s.sseTypeAsString(), "kmsmasterKeyArn", s.kmsMasterKeyArn());
    }
}
