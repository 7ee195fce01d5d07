package org.msb.fact.loader;

import org.msb.fact.RoleActivity;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityType;
import software.amazon.awssdk.services.iam.model.RoleDetail;

import java.util.List;

/**
 * {@code iam.roleActivity}: RoleLastUsed of every role from iam:GetAccountAuthorizationDetails (Filter Role,
 * all pages): one call per page rather than one GetRole per role, which IAM would throttle in large accounts.
 */
public final class RoleActivityLoader implements FactLoader<RoleActivity> {
    @Override
    public RoleActivity load(AwsClients clients) {
        IamClient iam = clients.global(IamClient.class, IamClient::builder);
        List<RoleActivity.RoleUse> roles = AwsCall.read("IAM", "GetAccountAuthorizationDetails", "iam:GetAccountAuthorizationDetails",
                () -> iam.getAccountAuthorizationDetailsPaginator(r -> r.filter(EntityType.ROLE)).stream()
                        .flatMap(p -> p.roleDetailList().stream()).map(RoleActivityLoader::use).toList());
        return new RoleActivity(roles);
    }

    private static RoleActivity.RoleUse use(RoleDetail r) {
        var last = r.roleLastUsed();
        return new RoleActivity.RoleUse(r.roleName(), r.arn(), r.roleId(),
                last == null || last.lastUsedDate() == null ? null : last.lastUsedDate().toString(),
                last == null ? null : last.region());
    }
}
