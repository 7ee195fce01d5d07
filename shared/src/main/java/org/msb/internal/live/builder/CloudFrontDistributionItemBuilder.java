package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.CacheBehavior;
import software.amazon.awssdk.services.cloudfront.model.DefaultCacheBehavior;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsRequest;
import software.amazon.awssdk.services.cloudfront.model.ViewerCertificate;
import software.amazon.awssdk.services.cloudfront.paginators.ListDistributionsIterable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::CloudFront::Distribution} items (ListDistributions, then GetDistributionConfig for each), shaped as
 * Config records them (aws-config-rdk AWS_CLOUDFRONT_DISTRIBUTION.json): id, arn, domainName, distributionConfig
 * {enabled, comment, viewerCertificate {cloudFrontDefaultCertificate, acmCertificateArn, minimumProtocolVersion,
 * sslSupportMethod, certificateSource}, defaultCacheBehavior {targetOriginId, viewerProtocolPolicy},
 * cacheBehaviors {quantity, items [{pathPattern, viewerProtocolPolicy}]}, origins {quantity, items [{id,
 * domainName, customOriginConfig {originProtocolPolicy, originSslProtocols {quantity, items}}}]}, webACLId}.
 * CloudFront is global and Config records it in us-east-1 only, so other regions build none.
 */
public final class CloudFrontDistributionItemBuilder implements ItemBuilder {

    @Override public String describe() { return "cloudfront:ListDistributions, cloudfront:GetDistributionConfig"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        if (!"us-east-1".equals(ctx.region())) return List.of();
        CloudFrontClient cf = ctx.clients().global(CloudFrontClient.class, CloudFrontClient::builder);
        List<DistributionSummary> summaries = AwsCall.read("CloudFront", "ListDistributions", "cloudfront:ListDistributions",
                // the SDK's paginator (the client has no shortcut method for it)
                () -> new ListDistributionsIterable(cf, ListDistributionsRequest.builder().maxItems("100").build()).items().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(summaries.size());
        for (DistributionSummary s : summaries) {
            DistributionConfig c = AwsCall.readOptional("CloudFront", "GetDistributionConfig", "cloudfront:GetDistributionConfig",
                    Set.of("NoSuchDistribution"), () -> cf.getDistributionConfig(r -> r.id(s.id())).distributionConfig());
            if (c == null) continue;
            JsonObject config = ItemDraft.object("callerReference", c.callerReference(), "comment", c.comment(), "enabled", c.enabled(),
                    "webACLId", c.webACLId(), "httpVersion", c.httpVersionAsString(), "isIPV6Enabled", c.isIPV6Enabled(),
                    "viewerCertificate", certificate(c.viewerCertificate()),
                    "defaultCacheBehavior", defaultBehavior(c.defaultCacheBehavior()),
                    "cacheBehaviors", behaviors(c.cacheBehaviors() == null ? List.of() : c.cacheBehaviors().items()),
                    "origins", origins(c.origins() == null ? List.of() : c.origins().items()));
            out.add(new ItemDraft(ctx, "AWS::CloudFront::Distribution", s.id())
                    .arn(s.arn())
                    .availabilityZone("Not Applicable")
                    .configuration(ItemDraft.object("id", s.id(), "arn", s.arn(), "domainName", s.domainName(),
                            "lastModifiedTime", ItemDraft.configTime(s.lastModifiedTime()), "distributionConfig", config))
                    .build());
        }
        return out;
    }

    private static JsonObject certificate(ViewerCertificate v) {
        if (v == null) return null;
        return ItemDraft.object("cloudFrontDefaultCertificate", v.cloudFrontDefaultCertificate(), "acmCertificateArn", v.acmCertificateArn(),
                "iamCertificateId", v.iamCertificateId(), "minimumProtocolVersion", v.minimumProtocolVersionAsString(),
                "sslSupportMethod", v.sslSupportMethodAsString(), "certificateSource", v.certificateSourceAsString());
    }

    private static JsonObject defaultBehavior(DefaultCacheBehavior b) {
        if (b == null) return null;
        return ItemDraft.object("targetOriginId", b.targetOriginId(), "viewerProtocolPolicy", b.viewerProtocolPolicyAsString());
    }

    private static JsonObject behaviors(List<CacheBehavior> list) {
        JsonArray items = new JsonArray();
        list.forEach(b -> items.add(ItemDraft.object("pathPattern", b.pathPattern(), "targetOriginId", b.targetOriginId(),
                "viewerProtocolPolicy", b.viewerProtocolPolicyAsString())));
        return list.isEmpty() ? ItemDraft.object("quantity", 0) : ItemDraft.object("quantity", list.size(), "items", items);
    }

    private static JsonObject origins(List<Origin> list) {
        JsonArray items = new JsonArray();
        for (Origin o : list) {
            JsonObject custom = null;
            if (o.customOriginConfig() != null) {
                var c = o.customOriginConfig();
                JsonArray protocols = new JsonArray();
                if (c.originSslProtocols() != null) c.originSslProtocols().itemsAsStrings().forEach(protocols::add);
                custom = ItemDraft.object("httpPort", c.httpPort(), "httpsPort", c.httpsPort(),
                        "originProtocolPolicy", c.originProtocolPolicyAsString(),
                        "originSslProtocols", ItemDraft.object("quantity", protocols.size(), "items", protocols));
            }
            items.add(ItemDraft.object("id", o.id(), "domainName", o.domainName(), "originPath", o.originPath(),
                    "customOriginConfig", custom,
                    "s3OriginConfig", o.s3OriginConfig() == null ? null
                            : ItemDraft.object("originAccessIdentity", o.s3OriginConfig().originAccessIdentity())));
        }
        return ItemDraft.object("quantity", list.size(), "items", items);
    }
}
