package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.SecurityHubStandards;
import org.msb.fact.SecurityHubStandardsSubscription;
import org.msb.fact.SecurityHubStatus;
import org.msb.internal.live.AwsReadException;
import org.msb.testkit.AwsStubServer;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * securityhub.enabledStandards over GetEnabledStandards (moto has no route for it) and the administrator part of
 * securityhub.status over DescribeHub and GetAdministratorAccount, as Security Hub answers them.
 */
class SecurityHubLoadersStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer("eu-west-1");

    @Test
    void standards_followEveryPageWithStatusAndReason() {
        AWS.stubFor(post(urlEqualTo("/standards/get")).withRequestBody(notContaining("NextToken"))
                .willReturn(LoaderStubs.restJson(200, "securityhub-enabled-standards-page1.json")));
        AWS.stubFor(post(urlEqualTo("/standards/get")).withRequestBody(containing("U2FsdGVkX1+9f7hQq0m3Zl0q2eJm0p7T8x1v8wTq3mA="))
                .willReturn(LoaderStubs.restJson(200, "securityhub-enabled-standards-page2.json")));

        SecurityHubStandards s = new SecurityHubStandardsLoader().load(AWS.clients());

        assertTrue(s.hubEnabled());
        assertEquals(List.of(
                new SecurityHubStandardsSubscription("arn:aws:securityhub:eu-west-1::standards/aws-foundational-security-best-practices/v/1.0.0",
                        "arn:aws:securityhub:eu-west-1:111122223333:subscription/aws-foundational-security-best-practices/v/1.0.0", "READY", null),
                new SecurityHubStandardsSubscription("arn:aws:securityhub:eu-west-1::standards/cis-aws-foundations-benchmark/v/3.0.0",
                        "arn:aws:securityhub:eu-west-1:111122223333:subscription/cis-aws-foundations-benchmark/v/3.0.0", "INCOMPLETE",
                        "NO_AVAILABLE_CONFIGURATION_RECORDER"),
                new SecurityHubStandardsSubscription("arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0",
                        "arn:aws:securityhub:eu-west-1:111122223333:subscription/cis-aws-foundations-benchmark/v/1.2.0", "READY", null)),
                s.subscriptions());
    }

    @Test
    void standards_whenHubNotSubscribed_areAValueNotAnError() {
        AWS.stubFor(post(urlEqualTo("/standards/get"))
                .willReturn(LoaderStubs.restJsonError(401, "InvalidAccessException", "securityhub-not-subscribed.json")));

        SecurityHubStandards s = new SecurityHubStandardsLoader().load(AWS.clients());

        assertFalse(s.hubEnabled());
        // Security Hub sends this as HTTP 401, whose body the url-connection client drops: the loader says it instead
        assertEquals("InvalidAccessException: the account is not subscribed to Security Hub in this region", s.notEnabledReason());
        assertEquals(List.of(), s.subscriptions());
    }

    @Test
    void standards_whenDenied_failNamingTheAction() {
        AWS.stubFor(post(urlEqualTo("/standards/get"))
                .willReturn(LoaderStubs.restJsonError(403, "AccessDeniedException", "securityhub-access-denied.json")));

        AwsReadException e = assertThrows(AwsReadException.class, () -> new SecurityHubStandardsLoader().load(AWS.clients()));

        assertEquals(AwsReadException.Kind.ACCESS_DENIED, e.kind());
        assertEquals("securityhub:GetEnabledStandards", e.iamAction());
    }

    @Test
    void status_ofAMemberAccount_namesItsAdministrator() {
        AWS.stubFor(get(urlPathEqualTo("/accounts")).willReturn(LoaderStubs.restJson(200, "securityhub-describe-hub.json")));
        AWS.stubFor(get(urlPathEqualTo("/administrator")).willReturn(LoaderStubs.restJson(200, "securityhub-administrator.json")));

        SecurityHubStatus s = new SecurityHubStatusLoader().load(AWS.clients());

        assertEquals(new SecurityHubStatus(true, null, "arn:aws:securityhub:eu-west-1:111122223333:hub/default",
                "2024-02-06T10:20:11.123Z", "555566667777", "Enabled"), s);
    }
}
