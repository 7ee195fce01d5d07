package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.OrganizationMembership;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.organizations.model.OrganizationFeatureSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** organizations:DescribeOrganization against moto: AWSOrganizationsNotInUseException is "standalone", not an error. */
class OrganizationMembershipLoaderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private OrganizationsClient organizations() { return MOTO.clients().global(OrganizationsClient.class, OrganizationsClient::builder); }

    @Test
    void load_whenStandalone_isNotAMember() {
        OrganizationMembership m = new OrganizationMembershipLoader().load(MOTO.clients());

        assertFalse(m.member());
        assertEquals(OrganizationMembership.standalone(), m);
    }

    @Test
    void load_whenInAnOrganizationWithConsolidatedBillingOnly_readsIdFeatureSetAndManagementAccount() {
        String id = organizations().createOrganization(r -> r.featureSet(OrganizationFeatureSet.CONSOLIDATED_BILLING)).organization().id();

        OrganizationMembership m = new OrganizationMembershipLoader().load(MOTO.clients());

        assertTrue(m.member());
        assertEquals(id, m.organizationId());
        assertTrue(id.matches("o-[a-z0-9]{10,32}"), id);
        assertEquals("CONSOLIDATED_BILLING", m.featureSet());
        assertEquals(MotoServer.ACCOUNT_ID, m.managementAccountId());
        assertTrue(m.arn().endsWith("organization/" + id), m.arn());
    }
}
