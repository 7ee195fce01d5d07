package org.msb.internal.live.builder;

import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.SecretListEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::SecretsManager::Secret} items from ListSecrets (metadata only: no secret value is ever read), in
 * the CloudFormation-style shape Config records (resource schema): resource id the ARN, name the secret name;
 * configuration ARN, Name, Description, KMSKeyId, RotationEnabled, RotationLambdaARN, RotationRules
 * {AutomaticallyAfterDays, RotationDuration, RotationScheduleExpression}, Deleted.
 */
public final class SecretsManagerSecretItemBuilder implements ItemBuilder {

    @Override public String describe() { return "secretsmanager:ListSecrets"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        SecretsManagerClient sm = ctx.clients().regional(SecretsManagerClient.class, SecretsManagerClient::builder);
        List<SecretListEntry> secrets = AwsCall.read("Secrets Manager", "ListSecrets", "secretsmanager:ListSecrets",
                () -> sm.listSecretsPaginator(r -> r.maxResults(100)).stream().flatMap(p -> p.secretList().stream()).toList());
        List<ConfigurationItem> out = new ArrayList<>(secrets.size());
        for (SecretListEntry s : secrets) {
            Map<String, String> tags = new LinkedHashMap<>();
            s.tags().forEach(t -> tags.put(t.key(), t.value()));
            var rules = s.rotationRules();
            out.add(new ItemDraft(ctx, "AWS::SecretsManager::Secret", s.arn())
                    .name(s.name())
                    .arn(s.arn())
                    .availabilityZone("Regional")
                    .created(s.createdDate())
                    .configuration(ItemDraft.object("ARN", s.arn(), "Name", s.name(), "Description", s.description(),
                            "KMSKeyId", s.kmsKeyId(), "RotationEnabled", Boolean.TRUE.equals(s.rotationEnabled()),
                            "RotationLambdaARN", s.rotationLambdaARN(),
                            "RotationRules", rules == null ? null : ItemDraft.object("AutomaticallyAfterDays", rules.automaticallyAfterDays(),
                                    "RotationDuration", rules.duration(), "RotationScheduleExpression", rules.scheduleExpression()),
                            "Deleted", s.deletedDate() != null))
                    .tags(tags)
                    .build());
        }
        return out;
    }
}
