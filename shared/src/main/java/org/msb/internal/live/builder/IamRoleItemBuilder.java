package org.msb.internal.live.builder;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import org.msb.internal.live.BuildContext;
import org.msb.internal.live.ItemBuilder;
import org.msb.item.ConfigurationItem;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.InstanceProfile;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.RoleDetail;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code AWS::IAM::Role} items from iam:GetAccountAuthorizationDetails (Filter Role), in Config's shape
 * (aws-config-rdk AWS_IAM_Role.json, the resource schema): resourceId = role id, configuration {path, roleName,
 * roleId, arn, createDate, assumeRolePolicyDocument URL-encoded, instanceProfileList, rolePolicyList
 * [{policyName, policyDocument URL-encoded}], attachedManagedPolicies, permissionsBoundary, roleLastUsed
 * {lastUsedDate, region}}, tags on the item.
 */
public final class IamRoleItemBuilder implements ItemBuilder {

    @Override public String describe() { return IamAuthorizationDetails.ACTION + " (roles)"; }

    @Override
    public List<ConfigurationItem> build(BuildContext ctx) {
        List<ConfigurationItem> out = new ArrayList<>();
        for (var page : IamAuthorizationDetails.read(ctx, EntityType.ROLE)) for (RoleDetail r : page.roleDetailList()) out.add(item(ctx, r));
        return out;
    }

    private static ConfigurationItem item(BuildContext ctx, RoleDetail r) {
        JsonArray profiles = new JsonArray();
        for (InstanceProfile p : r.instanceProfileList()) {
            JsonArray roles = new JsonArray();
            for (Role x : p.roles()) {
                roles.add(ItemDraft.object("path", x.path(), "roleName", x.roleName(), "roleId", x.roleId(), "arn", x.arn(),
                        "createDate", ItemDraft.configTime(x.createDate())));
            }
            profiles.add(ItemDraft.object("path", p.path(), "instanceProfileName", p.instanceProfileName(),
                    "instanceProfileId", p.instanceProfileId(), "arn", p.arn(), "createDate", ItemDraft.configTime(p.createDate()), "roles", roles));
        }
        JsonObject c = ItemDraft.object("path", r.path(), "roleName", r.roleName(), "roleId", r.roleId(), "arn", r.arn(),
                "createDate", ItemDraft.configTime(r.createDate()),
                "assumeRolePolicyDocument", IamAuthorizationDetails.encoded(r.assumeRolePolicyDocument()),
                "instanceProfileList", profiles,
                "rolePolicyList", IamAuthorizationDetails.inline(r.rolePolicyList()),
                "attachedManagedPolicies", IamAuthorizationDetails.attached(r.attachedManagedPolicies()));
        c.add("permissionsBoundary", IamAuthorizationDetails.boundary(r.permissionsBoundary()));
        var last = r.roleLastUsed();
        c.add("roleLastUsed", last == null || (last.lastUsedDate() == null && last.region() == null) ? JsonNull.INSTANCE
                : ItemDraft.object("lastUsedDate", ItemDraft.configTime(last.lastUsedDate()), "region", last.region()));
        return new ItemDraft(ctx, "AWS::IAM::Role", r.roleId()).global().name(r.roleName()).arn(r.arn()).created(r.createDate())
                .configuration(c).tags(IamAuthorizationDetails.tags(r.tags())).build();
    }
}
