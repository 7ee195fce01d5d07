package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.CloudTrailTrail;
import org.msb.fact.TrailFieldSelector;
import org.msb.testkit.AwsStubServer;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The organization trail as a member account in eu-west-1 sees it: listed only as a shadow trail, its status and
 * selectors answered only to calls signed for its home region that name its full ARN (what moto cannot show:
 * it has one account and keeps selectors per region).
 */
class CloudTrailTrailsLoaderStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer("eu-west-1");
    static final String PREFIX = "com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.";
    static final String ARN = "arn:aws:cloudtrail:us-east-1:999988887777:trail/examplecorp-org-trail";

    @Test
    void load_asMemberAccount_readsTheOrganizationTrailInItsHomeRegionByArn() {
        AWS.stubFor(LoaderStubs.signedFor(LoaderStubs.target(PREFIX + "DescribeTrails"), "eu-west-1", "cloudtrail")
                .withRequestBody(containing("\"includeShadowTrails\":true"))
                .willReturn(LoaderStubs.json11(200, "cloudtrail-describe-trails-member.json")));
        AWS.stubFor(LoaderStubs.signedFor(LoaderStubs.target(PREFIX + "GetTrailStatus"), "us-east-1", "cloudtrail")
                .withRequestBody(containing(ARN)).willReturn(LoaderStubs.json11(200, "cloudtrail-trail-status.json")));
        AWS.stubFor(LoaderStubs.signedFor(LoaderStubs.target(PREFIX + "GetEventSelectors"), "us-east-1", "cloudtrail")
                .withRequestBody(containing(ARN)).willReturn(LoaderStubs.json11(200, "cloudtrail-event-selectors.json")));

        List<CloudTrailTrail> trails = new CloudTrailTrailsLoader().load(AWS.clients()).trails();

        assertEquals(1, trails.size());
        CloudTrailTrail t = trails.get(0);
        assertEquals(ARN, t.trailArn());
        assertTrue(t.organizationTrail());
        assertTrue(t.multiRegion());
        assertTrue(t.hasCustomEventSelectors());
        assertTrue(t.logging());
        assertFalse(t.deliveryFailing());
        assertEquals("examplecorp-log-archive", t.s3BucketName());
        assertEquals("arn:aws:kms:us-east-1:999988887777:key/3c2b1a09-8f7e-6d5c-4b3a-291807f6e5d4", t.kmsKeyId());
        assertEquals(2, t.advancedEventSelectors().size());
        assertEquals(List.of(new TrailFieldSelector("eventCategory", List.of("Management"), List.of(), List.of(), List.of(), List.of(), List.of())),
                t.advancedEventSelectors().get(0).fieldSelectors());
        assertEquals(List.of("arn:aws:s3:::examplecorp-prod-app-data/"),
                t.advancedEventSelectors().get(1).fieldSelectors().get(2).startsWith());
        AWS.verify(1, postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(PREFIX + "GetTrailStatus"))
                .withHeader("Authorization", containing("/us-east-1/cloudtrail/aws4_request")));
    }
}
