package org.msb.model.network;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProtocolAndPortRangeTest {

    @ParameterizedTest
    @CsvSource({"-1, -1", "all, -1", "tcp, 6", "TCP, 6", "6, 6", "udp, 17", "17, 17", "icmp, 1", "1, 1",
            "icmpv6, 58", "58, 58", "50, 50", "0, 0"})
    void parse_readsNamesAndNumbers(String text, int number) {
        assertEquals(number, Protocol.parse(text).number());
    }

    @ParameterizedTest
    @ValueSource(strings = {"foo", "256", "-2", "6.0", ""})
    void parse_whenNotAProtocol_throws(String text) {
        assertThrows(IllegalArgumentException.class, () -> Protocol.parse(text));
    }

    @Test
    void includes_allCoversEveryProtocolButTcpOnlyTcp() {
        assertTrue(Protocol.ALL.includes(Protocol.TCP));
        assertTrue(Protocol.ALL.includes(Protocol.UDP));
        assertTrue(Protocol.TCP.includes(Protocol.parse("6")));
        assertFalse(Protocol.TCP.includes(Protocol.UDP));
        assertFalse(Protocol.UDP.includes(Protocol.ALL));
    }

    @Test
    void of_whenBoundsAbsentOrMinusOne_isEveryPort() {
        assertEquals(PortRange.ALL, PortRange.of(null, null));
        assertEquals(PortRange.ALL, PortRange.of(-1L, -1L));
        assertTrue(PortRange.of(0L, 65535L).isAll());
    }

    @Test
    void contains_isInclusive() {
        PortRange r = PortRange.of(20L, 25L);
        assertTrue(r.contains(20) && r.contains(22) && r.contains(25));
        assertFalse(r.contains(19) || r.contains(26));
        assertEquals("20-25", r.toString());
        assertEquals("22", PortRange.single(22).toString());
    }

    @Test
    void of_whenReversedOrOutOfRange_throws() {
        assertThrows(IllegalArgumentException.class, () -> PortRange.of(25L, 20L));
        assertThrows(IllegalArgumentException.class, () -> PortRange.of(0L, 70000L));
        assertThrows(IllegalArgumentException.class, () -> PortRange.of(22L, null));
    }
}
