package org.msb.fact.loader;

import org.msb.fact.OrganizationMembership;
import org.msb.internal.live.AwsCall;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.FactLoader;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.DescribeOrganizationResponse;
import software.amazon.awssdk.services.organizations.model.Organization;

import java.util.Set;

/**
 * {@code organizations.organization}: organizations:DescribeOrganization, which any member account may call.
 * A standalone account answers AWSOrganizationsNotInUseException: that is {@link OrganizationMembership#standalone()}.
 */
public final class OrganizationMembershipLoader implements FactLoader<OrganizationMembership> {

    @Override
    public OrganizationMembership load(AwsClients clients) {
        OrganizationsClient organizations = clients.global(OrganizationsClient.class, OrganizationsClient::builder);
        DescribeOrganizationResponse r = AwsCall.readOptional("Organizations", "DescribeOrganization", "organizations:DescribeOrganization",
                Set.of("AWSOrganizationsNotInUseException"), organizations::describeOrganization);
        if (r == null || r.organization() == null) return OrganizationMembership.standalone();
        Organization o = r.organization();
        return new OrganizationMembership(true, o.id(), o.arn(), o.featureSetAsString(), o.masterAccountId(), o.masterAccountArn(),
                o.masterAccountEmail());
    }
}
