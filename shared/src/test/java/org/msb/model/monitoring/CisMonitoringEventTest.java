package org.msb.model.monitoring;

import org.junit.jupiter.api.Test;
import org.msb.model.logs.LogFilterPattern;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CisMonitoringEventTest {
    static final String ACCOUNT = "111122223333";
    static final String REGION = "eu-west-1";

    static boolean covers(CisMonitoringEvent e, String pattern) { return e.isCoveredBy(LogFilterPattern.parse(pattern), ACCOUNT, REGION); }

    @Test
    void isCoveredBy_whenBenchmarkPatterns_eachCoversItsOwnEventAndNoOther() {
        List<String> wrong = new ArrayList<>();
        for (CisMonitoringEvent event : CisMonitoringEvent.values()) {
            for (var p : CisPatterns.BENCHMARK.entrySet()) {
                boolean expected = p.getKey() == event;
                if (covers(event, p.getValue()) != expected) wrong.add(p.getKey().key() + " pattern vs " + event.key() + " event");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void isCoveredBy_whenSecurityHubNewerForms_stillCover() {
        assertTrue(covers(CisMonitoringEvent.UNAUTHORIZED_API_CALLS, CisPatterns.UNAUTHORIZED_V3));
        assertTrue(covers(CisMonitoringEvent.CONSOLE_SIGNIN_WITHOUT_MFA, CisPatterns.NO_MFA_V3));
    }

    @Test
    void isCoveredBy_whenSameMeaningDifferentText_covers() {
        assertTrue(covers(CisMonitoringEvent.ROOT_USAGE, "{$.userIdentity.type=Root}"));
        assertTrue(covers(CisMonitoringEvent.CLOUDTRAIL_CHANGES,
                "{ $.eventSource = cloudtrail.amazonaws.com && ($.eventName = *Trail || $.eventName = *Logging) }"));
        assertTrue(covers(CisMonitoringEvent.KMS_KEY_DELETION, "{ $.eventName = %^DisableKey$|^ScheduleKeyDeletion$% }"));
        assertTrue(covers(CisMonitoringEvent.CONSOLE_AUTH_FAILURES, "ConsoleLogin \"Failed authentication\""));
    }

    @Test
    void isCoveredBy_whenPartialOrTooBroad_doesNotCover() {
        assertFalse(covers(CisMonitoringEvent.CLOUDTRAIL_CHANGES, "{ ($.eventName = StopLogging) || ($.eventName = DeleteTrail) }"),
                "misses CreateTrail, UpdateTrail, StartLogging");
        assertFalse(covers(CisMonitoringEvent.UNAUTHORIZED_API_CALLS, "{ $.errorCode = \"AccessDenied\" }"), "misses EC2's UnauthorizedOperation");
        assertFalse(covers(CisMonitoringEvent.ROOT_USAGE, ""), "a filter counting every event is not a root alert");
        assertFalse(covers(CisMonitoringEvent.SECURITY_GROUP_CHANGES, "{ $.eventSource = ec2.amazonaws.com }"), "also counts ordinary EC2 reads");
        assertFalse(covers(CisMonitoringEvent.CONSOLE_AUTH_FAILURES, CisPatterns.BENCHMARK.get(CisMonitoringEvent.CONSOLE_SIGNIN_WITHOUT_MFA)),
                "the no-MFA filter also fires on successful sign-ins without MFA");
        assertFalse(covers(CisMonitoringEvent.CONSOLE_SIGNIN_WITHOUT_MFA, "{ $.eventName = ConsoleLogin }"), "fires on MFA sign-ins too");
    }

    @Test
    void keys_areTheParameterNames() {
        assertEquals(15, CisMonitoringEvent.keys().size());
        assertEquals(CisMonitoringEvent.VPC_CHANGES, CisMonitoringEvent.byKey("vpc-changes").orElseThrow());
        assertTrue(CisMonitoringEvent.byKey("nope").isEmpty());
    }
}
