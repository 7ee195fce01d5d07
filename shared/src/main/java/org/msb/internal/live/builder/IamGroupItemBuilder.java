package org.msb.internal.live.builder;

import com.google.gson.JsonObject;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.GroupDetail;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code AWS::IAM::Group} items from iam:GetAccountAuthorizationDetails (Filter Group), in Config's shape
 * (aws-config-rdk AWS_IAM_Group.json): resourceId = group id, configuration {path, groupName, groupId, arn,
 * createDate, groupPolicyList [{policyName, policyDocument URL-encoded}], attachedManagedPolicies}.
 */
public final class IamGroupItemBuilder implements ItemBuilder {

    @Override public String describe() { return IamAuthorizationDetails.ACTION + " (groups)"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        List<ConfigurationItem> out = new ArrayList<>();
        for (var page : IamAuthorizationDetails.read(ctx, EntityType.GROUP)) for (GroupDetail g : page.groupDetailList()) out.add(item(ctx, g));
        return out;
    }

    private static ConfigurationItem item(BuildContext ctx, GroupDetail g) {
        JsonObject c = ItemDraft.object("path", g.path(), "groupName", g.groupName(), "groupId", g.groupId(), "arn", g.arn(),
                "createDate", ItemDraft.configTime(g.createDate()),
                "groupPolicyList", IamAuthorizationDetails.inline(g.groupPolicyList()),
                "attachedManagedPolicies", IamAuthorizationDetails.attached(g.attachedManagedPolicies()));
        return new ItemDraft(ctx, "AWS::IAM::Group", g.groupId()).global().name(g.groupName()).arn(g.arn()).created(g.createDate())
                .configuration(c).build();
    }
}
