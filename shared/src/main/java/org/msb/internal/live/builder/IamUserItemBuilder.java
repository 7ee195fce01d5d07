package org.msb.internal.live.builder;

import com.google.gson.JsonObject;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.UserDetail;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code AWS::IAM::User} items from iam:GetAccountAuthorizationDetails (Filter User), in Config's shape
 * (aws-config-rdk AWS_IAM_User.json, the Config resource schema): resourceId = user id, configuration
 * {path, userName, userId, arn, createDate, userPolicyList [{policyName, policyDocument URL-encoded}],
 * groupList [names], attachedManagedPolicies [{policyName, policyArn}], permissionsBoundary}, region
 * "global", tags on the item. Relationships to groups and policies are not built (no rule reads them).
 */
public final class IamUserItemBuilder implements ItemBuilder {

    @Override public String describe() { return IamAuthorizationDetails.ACTION + " (users)"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        List<ConfigurationItem> out = new ArrayList<>();
        for (var page : IamAuthorizationDetails.read(ctx, EntityType.USER)) for (UserDetail u : page.userDetailList()) out.add(item(ctx, u));
        return out;
    }

    private static ConfigurationItem item(BuildContext ctx, UserDetail u) {
        JsonObject c = ItemDraft.object("path", u.path(), "userName", u.userName(), "userId", u.userId(), "arn", u.arn(),
                "createDate", ItemDraft.configTime(u.createDate()),
                "userPolicyList", IamAuthorizationDetails.inline(u.userPolicyList()),
                "groupList", IamAuthorizationDetails.texts(u.groupList()),
                "attachedManagedPolicies", IamAuthorizationDetails.attached(u.attachedManagedPolicies()));
        c.add("permissionsBoundary", IamAuthorizationDetails.boundary(u.permissionsBoundary()));
        return new ItemDraft(ctx, "AWS::IAM::User", u.userId()).global().name(u.userName()).arn(u.arn()).created(u.createDate())
                .configuration(c).tags(IamAuthorizationDetails.tags(u.tags())).build();
    }
}
