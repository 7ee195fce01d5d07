package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.cloudfront.CloudFrontClient;
import software.amazon.awssdk.services.cloudfront.model.CustomOriginConfig;
import software.amazon.awssdk.services.cloudfront.model.DefaultCacheBehavior;
import software.amazon.awssdk.services.cloudfront.model.Distribution;
import software.amazon.awssdk.services.cloudfront.model.DistributionConfig;
import software.amazon.awssdk.services.cloudfront.model.DistributionSummary;
import software.amazon.awssdk.services.cloudfront.model.ListDistributionsRequest;
import software.amazon.awssdk.services.cloudfront.model.LoggingConfig;
import software.amazon.awssdk.services.cloudfront.model.Origin;
import software.amazon.awssdk.services.cloudfront.model.ViewerCertificate;
import software.amazon.awssdk.services.cloudfront.paginators.ListDistributionsIterable;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code AWS::CloudFront::Distribution} items from ListDistributions and GetDistribution, shaped as Config records
 * them (aws-config-rdk AWS_CLOUDFRONT_DISTRIBUTION.json and the resource schema): id, arn, domainName,
 * lastModifiedTime, activeTrustedSigners, and distributionConfig {callerReference, aliases {quantity, items},
 * defaultRootObject, origins {quantity, items [{id, domainName, originPath, customHeaders, s3OriginConfig |
 * customOriginConfig, originAccessControlId}]}, defaultCacheBehavior, comment, logging, priceClass, enabled,
 * viewerCertificate, webACLId ("" when none), httpVersion, isIPV6Enabled}. Given only in the region where
 * Config records global resources ({@link GlobalResourceRegion}).
 */
public final class CloudFrontDistributionItemBuilder implements ItemBuilder {

    @Override public String describe() { return "cloudfront:ListDistributions, cloudfront:GetDistribution"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        if (!GlobalResourceRegion.isRecordingRegion(ctx)) return List.of();
        CloudFrontClient cf = ctx.clients().global(CloudFrontClient.class, CloudFrontClient::builder);
        List<DistributionSummary> summaries = AwsCall.read("CloudFront", "ListDistributions", "cloudfront:ListDistributions",
                () -> new ListDistributionsIterable(cf, ListDistributionsRequest.builder().build()).items().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(summaries.size());
        for (DistributionSummary s : summaries) {
            Distribution d = AwsCall.read("CloudFront", "GetDistribution", "cloudfront:GetDistribution",
                    () -> cf.getDistribution(r -> r.id(s.id())).distribution());
            out.add(item(ctx, d));
        }
        return out;
    }

    static ConfigurationItem item(BuildContext ctx, Distribution d) {
        DistributionConfig c = d.distributionConfig();
        JsonObject config = ItemDraft.object(
                "callerReference", c.callerReference(),
                "aliases", quantityItems(c.aliases() == null ? List.of() : c.aliases().items()),
                "defaultRootObject", c.defaultRootObject(),
                "origins", origins(c.origins() == null ? List.of() : c.origins().items()),
                "defaultCacheBehavior", defaultCacheBehavior(c.defaultCacheBehavior()),
                "comment", c.comment(),
                "logging", logging(c.logging()),
                "priceClass", c.priceClassAsString(),
                "enabled", c.enabled(),
                "viewerCertificate", viewerCertificate(c.viewerCertificate()),
                "webACLId", c.webACLId() == null ? "" : c.webACLId(),
                "httpVersion", c.httpVersionAsString(),
                "isIPV6Enabled", c.isIPV6Enabled());
        JsonObject conf = ItemDraft.object(
                "activeTrustedSigners", d.activeTrustedSigners() == null ? null
                        : ItemDraft.object("enabled", d.activeTrustedSigners().enabled(), "quantity", d.activeTrustedSigners().quantity()),
                "domainName", d.domainName(),
                "lastModifiedTime", ItemDraft.configTime(d.lastModifiedTime()),
                "distributionConfig", config,
                "arn", d.arn(),
                "id", d.id());
        return new ItemDraft(ctx, "AWS::CloudFront::Distribution", d.id())
                .arn(d.arn())
                .availabilityZone("Not Applicable")
                .configuration(conf)
                .build();
    }

    private static JsonObject quantityItems(List<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return items.isEmpty() ? ItemDraft.object("quantity", 0) : ItemDraft.object("quantity", items.size(), "items", a);
    }

    private static JsonObject origins(List<Origin> origins) {
        JsonArray a = new JsonArray();
        for (Origin o : origins) {
            CustomOriginConfig c = o.customOriginConfig();
            a.add(ItemDraft.object(
                    "id", o.id(),
                    "domainName", o.domainName(),
                    "originPath", o.originPath(),
                    "customHeaders", ItemDraft.object("quantity", o.customHeaders() == null ? 0 : o.customHeaders().quantity()),
                    "s3OriginConfig", o.s3OriginConfig() == null ? null : ItemDraft.object("originAccessIdentity", o.s3OriginConfig().originAccessIdentity()),
                    "customOriginConfig", c == null ? null : ItemDraft.object(
                            "httpPort", c.httpPort(),
                            "httpsPort", c.httpsPort(),
                            "originProtocolPolicy", c.originProtocolPolicyAsString(),
                            "originSslProtocols", c.originSslProtocols() == null ? null : quantityItems(c.originSslProtocols().itemsAsStrings()),
                            "originReadTimeout", c.originReadTimeout(),
                            "originKeepaliveTimeout", c.originKeepaliveTimeout()),
                    "originAccessControlId", o.originAccessControlId(),
                    "connectionAttempts", o.connectionAttempts(),
                    "connectionTimeout", o.connectionTimeout()));
        }
        return ItemDraft.object("quantity", origins.size(), "items", a);
    }

    private static JsonObject defaultCacheBehavior(DefaultCacheBehavior b) {
        if (b == null) return null;
        return ItemDraft.object(
                "targetOriginId", b.targetOriginId(),
                "viewerProtocolPolicy", b.viewerProtocolPolicyAsString(),
                "compress", b.compress(),
                "minTTL", b.minTTL(),
                "defaultTTL", b.defaultTTL(),
                "maxTTL", b.maxTTL(),
                "smoothStreaming", b.smoothStreaming(),
                "fieldLevelEncryptionId", b.fieldLevelEncryptionId(),
                "cachePolicyId", b.cachePolicyId(),
                "originRequestPolicyId", b.originRequestPolicyId(),
                "responseHeadersPolicyId", b.responseHeadersPolicyId(),
                "realtimeLogConfigArn", b.realtimeLogConfigArn());
    }

    private static JsonObject logging(LoggingConfig l) {
        if (l == null) return null;
        return ItemDraft.object("bucket", l.bucket(), "prefix", l.prefix(), "includeCookies", l.includeCookies(), "enabled", l.enabled());
    }

    private static JsonObject viewerCertificate(ViewerCertificate v) {
        if (v == null) return null;
        return ItemDraft.object(
                "cloudFrontDefaultCertificate", v.cloudFrontDefaultCertificate(),
                "acmCertificateArn", v.acmCertificateArn(),
                "iamCertificateId", v.iamCertificateId(),
                "sslSupportMethod", v.sslSupportMethodAsString(),
                "minimumProtocolVersion", v.minimumProtocolVersionAsString(),
                "certificate", v.certificate(),
                "certificateSource", v.certificateSourceAsString());
    }
}
