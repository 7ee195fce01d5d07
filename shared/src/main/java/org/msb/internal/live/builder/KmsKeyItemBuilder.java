package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyListEntry;
import software.amazon.awssdk.services.kms.model.KeyMetadata;
import software.amazon.awssdk.services.kms.model.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code AWS::KMS::Key} items from ListKeys and DescribeKey, shaped as Config records them (aws-config-rdk
 * AWS_KMS_Key.json): configuration keyId, arn, creationDate (epoch milliseconds), enabled, description,
 * keyUsage, keyState, origin, keyManager, keySpec, customerMasterKeySpec, encryptionAlgorithms,
 * signingAlgorithms, multiRegion, awsaccountId, deletionDate; supplementary KeyRotationStatus for keys that can
 * rotate automatically (symmetric, KMS-generated, enabled), as GetKeyRotationStatus reports it. Customer keys'
 * tags come from ListResourceTags (AWS-managed keys have none).
 */
public final class KmsKeyItemBuilder implements ItemBuilder {

    @Override public String describe() { return "kms:ListKeys, kms:DescribeKey, kms:GetKeyRotationStatus, kms:ListResourceTags"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        KmsClient kms = ctx.clients().regional(KmsClient.class, KmsClient::builder);
        List<KeyListEntry> keys = AwsCall.read("KMS", "ListKeys", "kms:ListKeys",
                () -> kms.listKeysPaginator(r -> r.limit(1000)).keys().stream().toList());
        List<ConfigurationItem> out = new ArrayList<>(keys.size());
        for (KeyListEntry k : keys) {
            KeyMetadata m = AwsCall.readOptional("KMS", "DescribeKey", "kms:DescribeKey", Set.of("NotFoundException"),
                    () -> kms.describeKey(r -> r.keyId(k.keyId())).keyMetadata());
            if (m == null) continue;  // deleted since it was listed
            boolean customer = "CUSTOMER".equals(m.keyManagerAsString());
            Map<String, String> tags = customer ? tags(kms, m.keyId()) : Map.of();
            ItemDraft d = new ItemDraft(ctx, "AWS::KMS::Key", m.keyId())
                    .arn(m.arn())
                    .availabilityZone("Regional")
                    .created(m.creationDate())
                    .configuration(ItemDraft.object("keyId", m.keyId(), "arn", m.arn(),
                            "creationDate", m.creationDate() == null ? null : m.creationDate().toEpochMilli(),
                            "enabled", m.enabled(), "description", m.description(), "keyUsage", m.keyUsageAsString(),
                            "keyState", m.keyStateAsString(), "origin", m.originAsString(), "keyManager", m.keyManagerAsString(),
                            "customerMasterKeySpec", m.customerMasterKeySpecAsString(), "keySpec", m.keySpecAsString(),
                            "encryptionAlgorithms", strings(m.encryptionAlgorithmsAsStrings()),
                            "signingAlgorithms", strings(m.signingAlgorithmsAsStrings()), "multiRegion", m.multiRegion(),
                            "awsaccountId", m.awsAccountId(),
                            "deletionDate", ItemDraft.configTime(m.deletionDate())))
                    .tags(tags);
            if (canRotate(m)) {
                Boolean rotating = AwsCall.read("KMS", "GetKeyRotationStatus", "kms:GetKeyRotationStatus",
                        () -> kms.getKeyRotationStatus(r -> r.keyId(m.keyId())).keyRotationEnabled());
                d.supplementary("KeyRotationStatus", new com.google.gson.JsonPrimitive(Boolean.TRUE.equals(rotating)));
            }
            out.add(d.build());
        }
        return out;
    }

    /** Automatic rotation exists only for enabled symmetric keys whose material KMS generated. */
    static boolean canRotate(KeyMetadata m) {
        return "SYMMETRIC_DEFAULT".equals(m.keySpecAsString()) && "AWS_KMS".equals(m.originAsString())
                && "Enabled".equals(m.keyStateAsString());
    }

    private static Map<String, String> tags(KmsClient kms, String keyId) {
        List<Tag> tags = AwsCall.read("KMS", "ListResourceTags", "kms:ListResourceTags",
                () -> kms.listResourceTagsPaginator(r -> r.keyId(keyId)).tags().stream().toList());
        Map<String, String> m = new LinkedHashMap<>();
        tags.forEach(t -> m.put(t.tagKey(), t.tagValue()));
        return m;
    }

    private static JsonArray strings(List<String> values) {
        JsonArray a = new JsonArray();
        if (values != null) values.forEach(a::add);
        return a;
    }
}
