package org.msb.internal.live;

import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/** Who the credentials are: the account id a live view belongs to, from STS GetCallerIdentity. */
public record CallerIdentity(String account, String arn, String userId) {

    /** Needs no IAM permission; fails with {@link AwsReadException} when the credentials are invalid. */
    public static CallerIdentity of(AwsClients clients) {
        GetCallerIdentityResponse r = AwsCall.read("STS", "GetCallerIdentity", "sts:GetCallerIdentity",
                () -> clients.sts().getCallerIdentity());
        return new CallerIdentity(r.account(), r.arn(), r.userId());
    }

    /** The account id alone. */
    public static String accountId(AwsClients clients) { return of(clients).account(); }
}
