package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsReadException;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.Policy;
import software.amazon.awssdk.services.iam.model.PolicyScopeType;
import software.amazon.awssdk.services.iam.model.ManagedPolicyDetail;
import software.amazon.awssdk.services.iam.model.PolicyVersion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code AWS::IAM::Policy} items (customer managed policies only, as Config records them) from
 * iam:GetAccountAuthorizationDetails (Filter LocalManagedPolicy), in Config's shape (aws-config-rdk
 * AWS_IAM_Policy.json): resourceId = policy id, configuration {policyName, policyId, arn, path,
 * defaultVersionId, attachmentCount, permissionsBoundaryUsageCount, isAttachable, description, createDate,
 * updateDate, policyVersionList [{document URL-encoded, versionId, isDefaultVersion, createDate}]}.
 */
public final class IamPolicyItemBuilder implements ItemBuilder {

    @Override public String describe() { return IamAuthorizationDetails.ACTION + " (customer managed policies), iam:ListPolicies"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        List<ManagedPolicyDetail> details = IamAuthorizationDetails.read(ctx, EntityType.LOCAL_MANAGED_POLICY).stream()
                .flatMap(page -> page.policies().stream()).toList();
        Map<String, Policy> listed = details.stream().anyMatch(p -> p.policyId() == null || p.policyName() == null) ? listed(ctx) : Map.of();
        List<ConfigurationItem> out = new ArrayList<>();
        for (ManagedPolicyDetail p : details) {
            Policy l = listed.get(p.arn());
            if (l != null) p = p.toBuilder().policyId(p.policyId() != null ? p.policyId() : l.policyId())
                    .policyName(p.policyName() != null ? p.policyName() : l.policyName()).build();
            if (p.policyId() == null) {
                throw new AwsReadException(AwsReadException.Kind.SERVICE_ERROR, "IAM", "GetAccountAuthorizationDetails", null,
                        IamAuthorizationDetails.ACTION, "IAM returned policy " + p.arn() + " without a PolicyId, and iam:ListPolicies does not list it", null);
            }
            out.add(item(ctx, p));
        }
        return out;
    }

    /**
     * Customer policies by ARN from iam:ListPolicies (Scope Local), for details that lack their name or id
     * (moto's GetAccountAuthorizationDetails omits both).
     */
    private static Map<String, Policy> listed(BuildContext ctx) {
        IamClient iam = ctx.clients().global(IamClient.class, IamClient::builder);
        Map<String, Policy> m = new HashMap<>();
        AwsCall.read("IAM", "ListPolicies", "iam:ListPolicies",
                () -> iam.listPoliciesPaginator(r -> r.scope(PolicyScopeType.LOCAL)).policies().stream().toList())
                .forEach(p -> m.put(p.arn(), p));
        return m;
    }

    private static ConfigurationItem item(BuildContext ctx, ManagedPolicyDetail p) {
        JsonArray versions = new JsonArray();
        for (PolicyVersion v : p.policyVersionList()) {
            versions.add(ItemDraft.object("document", IamAuthorizationDetails.encoded(v.document()), "versionId", v.versionId(),
                    "isDefaultVersion", Boolean.TRUE.equals(v.isDefaultVersion()), "createDate", ItemDraft.configTime(v.createDate())));
        }
        JsonObject c = ItemDraft.object("policyName", p.policyName(), "policyId", p.policyId(), "arn", p.arn(), "path", p.path(),
                "defaultVersionId", p.defaultVersionId(), "attachmentCount", p.attachmentCount(),
                "permissionsBoundaryUsageCount", p.permissionsBoundaryUsageCount(), "isAttachable", p.isAttachable(),
                "description", p.description(), "createDate", ItemDraft.configTime(p.createDate()),
                "updateDate", ItemDraft.configTime(p.updateDate()), "policyVersionList", versions);
        return new ItemDraft(ctx, "AWS::IAM::Policy", p.policyId()).global().name(p.policyName()).arn(p.arn()).created(p.createDate())
                .configuration(c).build();
    }
}
