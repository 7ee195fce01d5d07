package org.msb.internal.live;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EmulatorTimestampsTest {

    @Test
    void rewrite_turnsPythonDatetimesIntoEpochSeconds_andLeavesEscapedJsonAlone() {
        String moto = "{\"configurationItems\": [{\"configurationItemCaptureTime\": \"2026-11-30 17:18:46.987356+00:00\","
                + " \"resourceCreationTime\": \"2026-11-30 17:18:46+02:00\", \"resourceId\": \"b\","
                + " \"configuration\": \"{\\\"creationTime\\\": \\\"2026-11-30 17:18:46.987356+00:00\\\"}\"}]}";

        String fixed = EmulatorTimestamps.rewrite(moto);

        assertEquals("{\"configurationItems\": [{\"configurationItemCaptureTime\": 1796059126.987356,"
                + " \"resourceCreationTime\": 1796051926, \"resourceId\": \"b\","
                + " \"configuration\": \"{\\\"creationTime\\\": \\\"2026-11-30 17:18:46.987356+00:00\\\"}\"}]}", fixed);
    }

    @Test
    void rewrite_leavesEpochTimestampsAlone() {
        String aws = "{\"ConfigurationRecordersStatus\":[{\"lastStartTime\":1.711526528511E9,\"recording\":true}]}";

        assertEquals(aws, EmulatorTimestamps.rewrite(aws));
    }
}
