package org.msb.internal.live;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BuildContextTest {
    @Test
    void partition_followsTheRegionsPartition() {
        assertEquals("aws", new BuildContext(null, "111122223333", "eu-west-1", Instant.EPOCH).partition());
        assertEquals("aws-cn", new BuildContext(null, "111122223333", "cn-northwest-1", Instant.EPOCH).partition());
        assertEquals("aws-us-gov", new BuildContext(null, "111122223333", "us-gov-west-1", Instant.EPOCH).partition());
        assertEquals("aws-iso-b", new BuildContext(null, "111122223333", "us-isob-east-1", Instant.EPOCH).partition());
    }
}
