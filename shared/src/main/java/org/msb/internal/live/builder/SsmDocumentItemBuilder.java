package org.msb.internal.live.builder;

import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.ssm.SsmClient;
import software.amazon.awssdk.services.ssm.model.DocumentIdentifier;
import software.amazon.awssdk.services.ssm.model.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::SSM::Document} items for the documents the account owns (ListDocuments with Owner=Self, SDK
 * paginator; the answer carries each document's tags), shaped as Config records them: configuration Name,
 * DocumentType, DocumentFormat, TargetType and VersionName (the Config resource schema's properties), the
 * document name as resource id, its tags as item tags, its creation date as resourceCreationTime.
 */
public final class SsmDocumentItemBuilder implements ItemBuilder {

    @Override public String describe() { return "ssm:ListDocuments"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        SsmClient ssm = ctx.clients().regional(SsmClient.class, SsmClient::builder);
        List<DocumentIdentifier> docs = AwsCall.read("SSM", "ListDocuments", "ssm:ListDocuments",
                () -> ssm.listDocumentsPaginator(r -> r.filters(f -> f.key("Owner").values("Self"))).documentIdentifiers().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(docs.size());
        for (DocumentIdentifier d : docs) out.add(item(ctx, d));
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, DocumentIdentifier d) {
        JsonObject conf = ItemDraft.object(
                "Name", d.name(),
                "DocumentType", d.documentTypeAsString(),
                "DocumentFormat", d.documentFormatAsString(),
                "TargetType", d.targetType(),
                "VersionName", d.versionName());
        return new ItemDraft(ctx, "AWS::SSM::Document", d.name())
                .name(d.name())
                .arn("arn:" + ctx.partition() + ":ssm:" + ctx.region() + ":" + ctx.accountId() + ":document/" + d.name())
                .availabilityZone("Regional")
                .created(d.createdDate())
                .configuration(conf)
                .tags(tags(d.tags()))
                .build();
    }

    private static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Tag t : tags) m.put(t.key(), t.value());
        return m;
    }
}
