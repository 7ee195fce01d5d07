package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsReadException;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetBucketWebsiteResponse;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.Grant;
import software.amazon.awssdk.services.s3.model.Grantee;
import software.amazon.awssdk.services.s3.model.ListBucketsResponse;
import software.amazon.awssdk.services.s3.model.LoggingEnabled;
import software.amazon.awssdk.services.s3.model.Owner;
import software.amazon.awssdk.services.s3.model.PublicAccessBlockConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionConfiguration;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;
import software.amazon.awssdk.services.s3.model.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::S3::Bucket} items from the S3 API, for the buckets located in the view's region (Config
 * records a bucket in its own region): ListBuckets asked for that region's buckets only (bucket-region), which
 * saves the GetBucketLocation a bucket that filtering by hand needed. Shape as Config records it (aws-config-rdk AWS_S3_Bucket.json,
 * cloud-custodian s3*.json): configuration {name, owner {displayName, id}, creationDate}; supplementary
 * BucketLoggingConfiguration {destinationBucketName, logFilePrefix} (nulls when off), AccessControlList
 * {grantSet, grantList [{grantee, permission}], owner, isRequesterCharged} with group grantees as their
 * name ("AllUsers") and permissions as "FullControl"/"Read"..., BucketPolicy {policyText} (null when none),
 * BucketVersioningConfiguration {status "Off"/"Enabled"/"Suspended", isMfaDeleteEnabled},
 * PublicAccessBlockConfiguration and ServerSideEncryptionConfiguration (absent when not set),
 * BucketWebsiteConfiguration {indexDocumentSuffix, errorDocument, redirectAllRequestsTo} (absent when not a website),
 * BucketTaggingConfiguration {tagSets [{tags}]} and the item's tags when tagged.
 */
public final class S3BucketItemBuilder implements ItemBuilder {
    private static final String S3 = "S3";

    @Override
    public String describe() {
        return "s3:ListAllMyBuckets, s3:GetBucketLogging, s3:GetBucketAcl, s3:GetBucketPolicy,"
                + " s3:GetBucketPublicAccessBlock, s3:GetBucketVersioning, s3:GetEncryptionConfiguration, s3:GetBucketWebsite, s3:GetBucketTagging";
    }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        S3Client s3 = ctx.clients().s3();
        List<ListBucketsResponse> pages = AwsCall.read(S3, "ListBuckets", "s3:ListAllMyBuckets",
                () -> s3.listBucketsPaginator(r -> r.maxBuckets(1000).bucketRegion(ctx.region())).stream().toList());
        Owner owner = pages.stream().map(ListBucketsResponse::owner).filter(o -> o != null).findFirst().orElse(null);
        List<ConfigurationItem> out = new ArrayList<>();
        for (Bucket b : pages.stream().flatMap(p -> p.buckets().stream()).toList()) {
            // S3 names each bucket's region (BucketRegion); moto 5.2.1 filters by region but names none
            if (b.bucketRegion() != null && !ctx.region().equals(b.bucketRegion())) continue;
            try {
                out.add(item(ctx, s3, b, owner));
            } catch (AwsReadException e) {
                if (!"NoSuchBucket".equals(e.errorCode())) throw e;  // deleted since it was listed
            }
        }
        return out;
    }

    private static ConfigurationItem item(BuildContext ctx, S3Client s3, Bucket b, Owner owner) {
        String name = b.name();
        ItemDraft d = new ItemDraft(ctx, "AWS::S3::Bucket", name)
                .name(name)
                .arn("arn:" + ctx.partition() + ":s3:::" + name)
                .availabilityZone("Regional")
                .created(b.creationDate())
                .configuration(ItemDraft.object("name", name, "owner", owner(owner), "creationDate", ItemDraft.configTime(b.creationDate())));

        LoggingEnabled logging = AwsCall.read(S3, "GetBucketLogging", "s3:GetBucketLogging",
                () -> s3.getBucketLogging(r -> r.bucket(name)).loggingEnabled());
        JsonObject log = new JsonObject();
        log.add("destinationBucketName", text(logging == null ? null : logging.targetBucket()));
        log.add("logFilePrefix", text(logging == null ? null : logging.targetPrefix()));
        d.supplementary("BucketLoggingConfiguration", log);

        d.supplementary("AccessControlList", acl(s3, name));

        String policy = AwsCall.readOptional(S3, "GetBucketPolicy", "s3:GetBucketPolicy", Set.of("NoSuchBucketPolicy"),
                () -> s3.getBucketPolicy(r -> r.bucket(name)).policy());
        JsonObject pol = new JsonObject();
        pol.add("policyText", text(policy));
        d.supplementary("BucketPolicy", pol);

        PublicAccessBlockConfiguration pab = AwsCall.readOptional(S3, "GetPublicAccessBlock", "s3:GetBucketPublicAccessBlock",
                Set.of("NoSuchPublicAccessBlockConfiguration"), () -> s3.getPublicAccessBlock(r -> r.bucket(name)).publicAccessBlockConfiguration());
        if (pab != null) {
            d.supplementary("PublicAccessBlockConfiguration", ItemDraft.object("blockPublicAcls", pab.blockPublicAcls(),
                    "ignorePublicAcls", pab.ignorePublicAcls(), "blockPublicPolicy", pab.blockPublicPolicy(),
                    "restrictPublicBuckets", pab.restrictPublicBuckets()));
        }

        var versioning = AwsCall.read(S3, "GetBucketVersioning", "s3:GetBucketVersioning", () -> s3.getBucketVersioning(r -> r.bucket(name)));
        JsonObject ver = new JsonObject();
        ver.addProperty("status", versioning.statusAsString() == null ? "Off" : versioning.statusAsString());
        String mfa = versioning.mfaDeleteAsString();
        ver.add("isMfaDeleteEnabled", mfa == null ? JsonNull.INSTANCE : new JsonPrimitive("Enabled".equals(mfa)));
        d.supplementary("BucketVersioningConfiguration", ver);

        ServerSideEncryptionConfiguration sse = AwsCall.readOptional(S3, "GetBucketEncryption", "s3:GetEncryptionConfiguration",
                Set.of("ServerSideEncryptionConfigurationNotFoundError"),
                () -> s3.getBucketEncryption(r -> r.bucket(name)).serverSideEncryptionConfiguration());
        if (sse != null) d.supplementary("ServerSideEncryptionConfiguration", encryption(sse));

        JsonObject website = website(s3, name);
        if (website != null) d.supplementary("BucketWebsiteConfiguration", website);

        List<Tag> tagSet = AwsCall.readOptional(S3, "GetBucketTagging", "s3:GetBucketTagging", Set.of("NoSuchTagSet"),
                () -> s3.getBucketTagging(r -> r.bucket(name)).tagSet());
        if (tagSet != null && !tagSet.isEmpty()) {
            Map<String, String> tags = new LinkedHashMap<>();
            tagSet.forEach(t -> tags.put(t.key(), t.value()));
            d.tags(tags);
            JsonObject set = new JsonObject();
            JsonObject inner = new JsonObject();
            tags.forEach(inner::addProperty);
            set.add("tags", inner);
            JsonArray sets = new JsonArray();
            sets.add(set);
            d.supplementary("BucketTaggingConfiguration", ItemDraft.object("tagSets", sets));
        }
        return d.build();
    }

    /** Static website hosting as Config records it (indexDocumentSuffix, errorDocument, redirectAllRequestsTo); null when off. */
    private static JsonObject website(S3Client s3, String bucket) {
        GetBucketWebsiteResponse w = AwsCall.readOptional(S3, "GetBucketWebsite", "s3:GetBucketWebsite",
                Set.of("NoSuchWebsiteConfiguration"), () -> s3.getBucketWebsite(r -> r.bucket(bucket)));
        if (w == null) return null;
        return ItemDraft.object(
                "indexDocumentSuffix", w.indexDocument() == null ? null : w.indexDocument().suffix(),
                "errorDocument", w.errorDocument() == null ? null : w.errorDocument().key(),
                "redirectAllRequestsTo", w.redirectAllRequestsTo() == null ? null : ItemDraft.object(
                        "hostName", w.redirectAllRequestsTo().hostName(), "protocol", w.redirectAllRequestsTo().protocolAsString()));
    }

    private static JsonObject acl(S3Client s3, String bucket) {
        var acl = AwsCall.read(S3, "GetBucketAcl", "s3:GetBucketAcl", () -> s3.getBucketAcl(r -> r.bucket(bucket)));
        JsonArray grants = new JsonArray();
        for (Grant g : acl.grants()) {
            JsonObject grant = new JsonObject();
            grant.add("grantee", grantee(g.grantee()));
            grant.addProperty("permission", permission(g.permissionAsString()));
            grants.add(grant);
        }
        JsonObject o = new JsonObject();
        o.add("grantSet", JsonNull.INSTANCE);
        o.add("grantList", grants);
        o.add("owner", owner(acl.owner()));
        o.addProperty("isRequesterCharged", false);
        return o;
    }

    /** Config's grantee: {id, displayName} for an account, the group's name ("AllUsers") for a group. */
    static JsonElement grantee(Grantee g) {
        if (g == null) return JsonNull.INSTANCE;
        if (g.uri() != null) return new JsonPrimitive(g.uri().substring(g.uri().lastIndexOf('/') + 1));
        if (g.id() != null) {
            JsonObject o = new JsonObject();
            o.addProperty("id", g.id());
            o.add("displayName", text(g.displayName()));
            return o;
        }
        // e-mail grantees exist only in a few old regions; no example shows Config's form, so keep the address
        JsonObject o = new JsonObject();
        o.addProperty("identifier", g.emailAddress());
        return o;
    }

    /** S3's FULL_CONTROL, READ_ACP... as Config writes them: FullControl, ReadAcp... */
    static String permission(String s3Permission) {
        if (s3Permission == null) return null;
        StringBuilder b = new StringBuilder();
        for (String part : s3Permission.toLowerCase().split("_")) {
            if (!part.isEmpty()) b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    private static JsonElement owner(Owner owner) {
        if (owner == null) return JsonNull.INSTANCE;
        JsonObject o = new JsonObject();
        o.add("displayName", text(owner.displayName()));
        o.addProperty("id", owner.id());
        return o;
    }

    private static JsonObject encryption(ServerSideEncryptionConfiguration sse) {
        JsonArray rules = new JsonArray();
        for (ServerSideEncryptionRule r : sse.rules()) {
            JsonObject rule = new JsonObject();
            var def = r.applyServerSideEncryptionByDefault();
            if (def != null) {
                JsonObject d = new JsonObject();
                d.addProperty("sseAlgorithm", def.sseAlgorithmAsString());
                d.add("kmsMasterKeyID", text(def.kmsMasterKeyID()));
                rule.add("applyServerSideEncryptionByDefault", d);
            }
            rule.addProperty("bucketKeyEnabled", Boolean.TRUE.equals(r.bucketKeyEnabled()));
            rules.add(rule);
        }
        return ItemDraft.object("rules", rules);
    }

    private static JsonElement text(String s) { return s == null ? JsonNull.INSTANCE : new JsonPrimitive(s); }
}
