package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.BuildContext;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPermissionsBoundary;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GetAccountAuthorizationDetailsResponse;
import software.amazon.awssdk.services.iam.model.PolicyDetail;
import software.amazon.awssdk.services.iam.model.Tag;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the IAM item builders share: one paged iam:GetAccountAuthorizationDetails read per entity type (every
 * user, group, role or customer policy with its policies in a few calls), and the pieces of Config's IAM item
 * shape: policy documents URL-encoded as Config holds them, {@code attachedManagedPolicies},
 * {@code permissionsBoundary}, the item-level tags.
 */
final class IamAuthorizationDetails {
    static final String ACTION = "iam:GetAccountAuthorizationDetails";

    private IamAuthorizationDetails() {}

    static List<GetAccountAuthorizationDetailsResponse> read(BuildContext ctx, EntityType filter) {
        IamClient iam = ctx.clients().global(IamClient.class, IamClient::builder);
        return AwsCall.read("IAM", "GetAccountAuthorizationDetails", ACTION,
                () -> iam.getAccountAuthorizationDetailsPaginator(r -> r.filter(filter)).stream().toList());
    }

    /** A policy document as Config records it: URL-encoded JSON text (IAM's APIs return it so; plain JSON is encoded). */
    static String encoded(String document) {
        if (document == null) return null;
        String d = document.trim();
        return d.startsWith("%") ? d : URLEncoder.encode(d, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static JsonArray attached(List<AttachedPolicy> policies) {
        JsonArray a = new JsonArray();
        for (AttachedPolicy p : policies) a.add(ItemDraft.object("policyName", p.policyName(), "policyArn", p.policyArn()));
        return a;
    }

    /** {@code userPolicyList}, {@code groupPolicyList}, {@code rolePolicyList}: [{policyName, policyDocument}]. */
    static JsonArray inline(List<PolicyDetail> policies) {
        JsonArray a = new JsonArray();
        for (PolicyDetail p : policies) a.add(ItemDraft.object("policyName", p.policyName(), "policyDocument", encoded(p.policyDocument())));
        return a;
    }

    static JsonElement boundary(AttachedPermissionsBoundary b) {
        if (b == null || b.permissionsBoundaryArn() == null) return JsonNull.INSTANCE;
        return ItemDraft.object("permissionsBoundaryArn", b.permissionsBoundaryArn(), "permissionsBoundaryType", b.permissionsBoundaryTypeAsString());
    }

    static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Tag t : tags) m.put(t.key(), t.value());
        return m;
    }

    static JsonArray texts(List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
