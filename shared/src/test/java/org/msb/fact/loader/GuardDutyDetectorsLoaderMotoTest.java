package org.msb.fact.loader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.msb.fact.GuardDutyDetectors;
import org.msb.testkit.MotoServer;
import software.amazon.awssdk.services.guardduty.GuardDutyClient;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GuardDutyDetectorsLoaderMotoTest {
    @RegisterExtension static final MotoServer MOTO = new MotoServer();

    private GuardDutyClient gd() { return MOTO.clients().regional(GuardDutyClient.class, GuardDutyClient::builder); }

    @Test
    void load_whenEnabledDetector_isEnabled() {
        String id = gd().createDetector(r -> r.enable(true)).detectorId();
        GuardDutyDetectors fact = new GuardDutyDetectorsLoader().load(MOTO.clients());
        assertEquals(List.of(new GuardDutyDetectors.Detector(id, "ENABLED")), fact.detectors());
        assertTrue(fact.anyEnabled());
    }

    @Test
    void load_whenSuspendedDetector_isNotEnabled() {
        String id = gd().createDetector(r -> r.enable(false)).detectorId();
        GuardDutyDetectors fact = new GuardDutyDetectorsLoader().load(MOTO.clients());
        assertEquals(List.of(new GuardDutyDetectors.Detector(id, "DISABLED")), fact.detectors());
        assertFalse(fact.anyEnabled());
    }

    @Test
    void load_whenGuardDutyOff_isEmpty() {
        assertTrue(new GuardDutyDetectorsLoader().load(MOTO.clients()).detectors().isEmpty());
    }
}
