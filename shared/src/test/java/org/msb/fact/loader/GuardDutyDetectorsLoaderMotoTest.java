package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.GuardDutyDetector;
import org.msb.fact.GuardDutyFeature;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;
import software.amazon.awssdk.services.guardduty.model.DetectorFeature;
import software.amazon.awssdk.services.guardduty.model.FeatureStatus;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * guardduty.detectors against moto: none, enabled with protection plans, suspended. moto writes GetAdministratorAccount
 * with capitalised member names, which the SDK does not read: GuardDutyLoadersStubTest covers the administrator.
 */
@SuppressWarnings("unchecked")  // the SDK's builder-consumer varargs
class GuardDutyDetectorsLoaderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private GuardDutyClient guardDuty() { return MOTO.clients().regional(GuardDutyClient.class, GuardDutyClient::builder); }

    @Test
    void load_whenGuardDutyNeverEnabled_isEmptyNotAnError() {
        assertEquals(List.of(), new GuardDutyDetectorsLoader().load(MOTO.clients()).detectors());
    }

    @Test
    void load_whenEnabled_givesStatusFeaturesAndNoAdministrator() {
        String id = guardDuty().createDetector(r -> r.enable(true).findingPublishingFrequency("FIFTEEN_MINUTES")
                .features(f -> f.name(DetectorFeature.S3_DATA_EVENTS).status(FeatureStatus.ENABLED),
                        f -> f.name(DetectorFeature.RUNTIME_MONITORING).status(FeatureStatus.DISABLED))).detectorId();

        GuardDutyDetector d = new GuardDutyDetectorsLoader().load(MOTO.clients()).detectors().get(0);

        assertEquals(id, d.detectorId());
        assertEquals("ENABLED", d.status());
        assertEquals("FIFTEEN_MINUTES", d.findingPublishingFrequency());
        assertEquals(List.of(new GuardDutyFeature("S3_DATA_EVENTS", "ENABLED"), new GuardDutyFeature("RUNTIME_MONITORING", "DISABLED")),
                d.features());
        assertNull(d.administratorAccountId());
    }

    @Test
    void load_whenSuspended_isListedAsDisabled() {
        String id = guardDuty().createDetector(r -> r.enable(true)).detectorId();
        guardDuty().updateDetector(r -> r.detectorId(id).enable(false));

        GuardDutyDetector d = new GuardDutyDetectorsLoader().load(MOTO.clients()).detectors().get(0);

        assertEquals("DISABLED", d.status(), "a suspended detector still exists");
    }
}
