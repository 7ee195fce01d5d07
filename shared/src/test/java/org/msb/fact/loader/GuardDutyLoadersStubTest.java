package org.msb.fact.loader;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.msb.fact.GuardDutyDetector;
import org.msb.fact.GuardDutyFeature;
import org.msb.fact.GuardDutyPublishingDestination;
import org.msb.internal.live.AwsClients;

import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.*;

/**
 * GuardDuty reads moto cannot answer as AWS does: a member's administrator (moto capitalises the members) and
 * findings exports (ListPublishingDestinations, DescribePublishingDestination: not in moto).
 */
class GuardDutyLoadersStubTest {
    static final WireMockServer AWS = new WireMockServer(options().dynamicPort());
    static final String DETECTOR = "8ac6f5b2d7e94c01a3b5c7d9e1f20a4b";
    private AwsClients clients;

    @BeforeAll static void start() { AWS.start(); }

    @AfterAll static void stop() { AWS.stop(); }

    @BeforeEach
    void clients() {
        clients = LoaderStubs.clients(AWS, "eu-west-1");
        AWS.stubFor(get(urlPathEqualTo("/detector")).willReturn(LoaderStubs.restJson(200, "guardduty-list-detectors.json")));
    }

    @AfterEach
    void reset() {
        AWS.resetAll();
        clients.close();
    }

    @Test
    void detectors_ofAMember_nameTheAdministratorAndProtectionPlans() {
        AWS.stubFor(get(urlPathEqualTo("/detector/" + DETECTOR)).willReturn(LoaderStubs.restJson(200, "guardduty-get-detector.json")));
        AWS.stubFor(get(urlPathEqualTo("/detector/" + DETECTOR + "/administrator")).willReturn(LoaderStubs.restJson(200, "guardduty-administrator.json")));

        List<GuardDutyDetector> d = new GuardDutyDetectorsLoader().load(clients).detectors();

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

        List<GuardDutyPublishingDestination> d = new GuardDutyPublishingDestinationsLoader().load(clients).destinations();

        assertEquals(List.of(new GuardDutyPublishingDestination(DETECTOR, "d2c4e6f8a0b1c3d5e7f9a1b3c5d7e9f0", "S3", "PUBLISHING",
                "arn:aws:s3:::examplecorp-log-archive/guardduty", "arn:aws:kms:eu-west-1:444455556666:key/6f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b")), d);
    }
}
