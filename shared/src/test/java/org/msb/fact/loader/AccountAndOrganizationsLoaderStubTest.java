package org.msb.fact.loader;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msb.internal.live.AwsClients;
import org.msb.internal.live.AwsReadException;
import org.msb.internal.live.StubAws;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A denied read of contacts or of the organization fails the load naming the IAM action: it must never read
 * as "no contact" or "not in an organization" (moto cannot deny, so these are stubbed in AWS's wire formats:
 * REST-JSON for Account, JSON 1.1 for Organizations).
 */
class AccountAndOrganizationsLoaderStubTest {
    static final WireMockServer AWS = new WireMockServer(options().dynamicPort());
    private AwsClients clients;

    @BeforeAll static void start() { AWS.start(); }

    @AfterAll static void stop() { AWS.stop(); }

    @AfterEach
    void reset() {
        AWS.resetAll();
        if (clients != null) clients.close();
    }

    @Test
    void alternateContacts_whenDenied_failsNamingTheAction() {
        AWS.stubFor(post(urlEqualTo("/getAlternateContact")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withHeader("x-amzn-ErrorType", "AccessDeniedException")
                .withBody(StubAws.resource("account-access-denied.json"))));
        clients = StubAws.clients(AWS);

        AwsReadException e = assertThrows(AwsReadException.class, () -> new AlternateContactsLoader().load(clients));

        assertTrue(e.isAccessDenied(), e.getMessage());
        assertEquals("account:GetAlternateContact", e.iamAction());
    }

    @Test
    void organization_whenDenied_failsNamingTheAction() {
        AWS.stubFor(post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo("AWSOrganizationsV20161128.DescribeOrganization"))
                .willReturn(StubAws.json(400, "organizations-access-denied.json")));
        clients = StubAws.clients(AWS);

        AwsReadException e = assertThrows(AwsReadException.class, () -> new OrganizationMembershipLoader().load(clients));

        assertTrue(e.isAccessDenied(), e.getMessage());
        assertEquals("organizations:DescribeOrganization", e.iamAction());
    }
}
