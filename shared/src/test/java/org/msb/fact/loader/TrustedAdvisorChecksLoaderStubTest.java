package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.TrustedAdvisorCheck;
import org.msb.fact.TrustedAdvisorChecks;
import org.msb.testkit.AwsStubServer;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * support.trustedAdvisorSecurityChecks over the Support API (moto lists checks but has no summaries): only the
 * security category, summaries for those checks, calls signed for us-east-1 whatever region is scanned, and
 * SubscriptionRequiredException (no Business support) as a value.
 */
class TrustedAdvisorChecksLoaderStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer("eu-west-1");
    static final String PREFIX = "AWSSupport_20130415.";

    @Test
    void load_keepsSecurityChecksWithTheirStatusFromUsEast1() {
        AWS.stubFor(LoaderStubs.signedFor(LoaderStubs.target(PREFIX + "DescribeTrustedAdvisorChecks"), "us-east-1", "support")
                .withRequestBody(containing("\"language\":\"en\""))
                .willReturn(LoaderStubs.json11(200, "support-describe-checks.json")));
        AWS.stubFor(LoaderStubs.signedFor(LoaderStubs.target(PREFIX + "DescribeTrustedAdvisorCheckSummaries"), "us-east-1", "support")
                .willReturn(LoaderStubs.json11(200, "support-check-summaries.json")));

        TrustedAdvisorChecks t = new TrustedAdvisorChecksLoader().load(AWS.clients());

        assertTrue(t.available());
        assertEquals(List.of(
                new TrustedAdvisorCheck("HCP4007jGY", "Security Groups - Specific Ports Unrestricted", "security", "error", 3, "2026-11-30T05:12:44Z"),
                new TrustedAdvisorCheck("7DAFEmoDos", "MFA on Root Account", "security", "ok", 0, "2026-11-30T05:12:44Z"),
                new TrustedAdvisorCheck("Pfx0RwqBli", "Amazon S3 Bucket Permissions", "security", "warning", 1, "2026-11-30T05:12:44Z")),
                t.checks());
        AWS.verify(postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(PREFIX + "DescribeTrustedAdvisorCheckSummaries"))
                .withRequestBody(containing("HCP4007jGY")).withRequestBody(notContaining("Qch7DwouX1")));
    }

    @Test
    void load_withoutBusinessSupport_isUnavailableWithAwsMessage() {
        AWS.stubFor(LoaderStubs.target(PREFIX + "DescribeTrustedAdvisorChecks")
                .willReturn(LoaderStubs.json11(400, "support-subscription-required.json")));

        TrustedAdvisorChecks t = new TrustedAdvisorChecksLoader().load(AWS.clients());

        assertFalse(t.available());
        assertEquals("SubscriptionRequiredException: AWS Premium Support Subscription is required to use this service.", t.unavailableReason());
        assertEquals(List.of(), t.checks());
    }
}
