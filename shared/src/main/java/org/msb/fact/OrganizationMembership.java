package org.msb.fact;

/**
 * The organization the account belongs to, as {@code organizations:DescribeOrganization} returns it.
 * {@code member} is false when the account is standalone (AWSOrganizationsNotInUseException); the other
 * fields are then null. The API still calls the management account "master".
 *
 * @param featureSet ALL or CONSOLIDATED_BILLING
 */
public record OrganizationMembership(boolean member, String organizationId, String arn, String featureSet,
                                     String managementAccountId, String managementAccountArn, String managementAccountEmail) {

    public static OrganizationMembership standalone() {
        return new OrganizationMembership(false, null, null, null, null, null, null);
    }
}
