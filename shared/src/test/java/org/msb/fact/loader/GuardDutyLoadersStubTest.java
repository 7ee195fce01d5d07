package org.msb.fact.loader;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.GuardDutyDetector;
import org.msb.fact.GuardDutyFeature;
import org.msb.fact.GuardDutyPublishingDestination;
import org.msb.testkit.AwsStubServer;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.*;

/**
 * GuardDuty reads moto cannot answer as AWS does: a member's administrator (moto capitalises the members) and
 * findings exports (ListPublishingDestinations, DescribePublishingDestination: not in moto).
 */
class GuardDutyLoadersStubTest {
    @RegisterExtension static final AwsStubServer AWS = new AwsStubServer("eu-west-1");
    static final String DETECTOR = "8ac6f5b2d7e94c01a3b5c7d9e1f20a4b";

    @BeforeEach
    void detectors() {
        AWS.stubFor(get(urlPathEqualTo("/detector")).willReturn(LoaderStubs.restJson(200, "guardduty-list-detectors.json")));
    }

    @Test
    void detectors_ofAMember_nameTheAdministratorAndProtectionPlans() {
        AWS.stubFor(get(urlPathEqualTo("/detector/" + DETECTOR)).willReturn(LoaderStubs.restJson(200, "guardduty-get-detector.json")));
        AWS.stubFor(get(urlPathEqualTo("/detector/" + DETECTOR + "/administrator")).willReturn(LoaderStubs.restJson(200, "guardduty-administrator.json")));

        List<GuardDutyDetector> d = new GuardDutyDetectorsLoader().load(AWS.clients()).detectors();

        assertEquals(List.of(new GuardDutyDetector(DETECTOR, "ENABLED", "SIX_HOURS", List.of(new GuardDutyFeature("CLOUD_TRAIL", "ENABLED"),
                new GuardDutyFeature("S3_DATA_EVENTS", "ENABLED"), new GuardDutyFeature("RUNTIME_MONITORING", "DISABLED")),
                "555566667777", "Enabled")), d);
    }

    @Test
    void publishingDestinations_giveTheBucketArnOfEachExport() {
        AWS.stubFor(get(urlPathEqualTo("/detector/" + DETECTOR + "/publishingDestination"))
                .willReturn(LoaderStubs.restJson(200, "guardduty-list-publishing-destinations.json")));
        AWS.stubFor(get(urlPathEqualTo("/detector/" + DETECTOR + "/publishingDestination/d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f0"))
                .willReturn(LoaderStubs.restJson(200, "guardduty-describe-publishing-destination.json")));

        List<GuardDutyPublishingDestination> d = new GuardDutyPublishingDestinationsLoader().load(AWS.clients()).destinations();

        assertEquals(List.of(new GuardDutyPublishingDestination(DETECTOR, "d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f0", "S3", "PUBLISHING",
                "arn:aws:s3:::examplecorp-log-archive/guardduty", "arn:aws:kms:eu-west-1:444455556666:key/6f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")), d);
    }
}
