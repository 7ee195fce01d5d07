package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.internal.live.AwsReadException;
import org.msb.internal.live.StubAws;
import org.msb.testkit.AwsStubServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A denied read of contacts or of the organization fails the load naming the IAM action: it must never read
 * as "no contact" or "not in an organization" (moto cannot deny, so these are stubbed in AWS's wire formats:
 * REST-JSON for Account, JSON 1.1 for Organizations).
 */
class AccountAndOrganizationsLoaderStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer();

    @Test
    void alternateContacts_whenDenied_failsNamingTheAction() {
        AWS.stubFor(post(urlEqualTo("/getAlternateContact")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType", "AccessDeniedException")
                .withBody(StubAws.resource("account-access-denied.json"))));

        AwsReadException e = assertThrows(AwsReadException.class, () -> new AlternateContactsLoader().load(AWS.clients()));

        assertTrue(e.isAccessDenied(), e.getMessage());
        assertEquals("account:GetAlternateContact", e.iamAction());
    }

    @Test
    void organization_whenDenied_failsNamingTheAction() {
        AWS.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSOrganizationsV20161128.DescribeOrganization"))
                .willReturn(StubAws.json(400, "organizations-access-denied.json")));

        AwsReadException e = assertThrows(AwsReadException.class, () -> new OrganizationMembershipLoader().load(AWS.clients()));

        assertTrue(e.isAccessDenied(), e.getMessage());
        assertEquals("organizations:DescribeOrganization", e.iamAction());
    }
}
