package org.msb.model.network;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressSetTest {

    private static AddressSet v4(String... cidrs) {
        return AddressSet.of(IpFamily.IPV4, List.of(cidrs).stream().map(Cidr::parse).toList());
    }

    @Test
    void reachesWholeInternet_whenTwoHalves_isTrue() {
        assertTrue(v4("0.0.0.0/1", "128.0.0.0/1").reachesWholeInternet());
        assertFalse(v4("0.0.0.0/1").reachesWholeInternet());
    }

    @Test
    void reachesWholeInternet_whenAnyAddressMinusPrivateRanges_isTrue() {
        AddressSet s = AddressSet.all(IpFamily.IPV4).minus(v4("10.0.0.0/8", "192.168.0.0/16"));
        assertTrue(s.reachesWholeInternet());
    }

    @Test
    void reachesWholeInternet_whenAPublicBlockIsCarvedOut_isFalse() {
        AddressSet s = AddressSet.all(IpFamily.IPV4).minus(v4("8.0.0.0/8"));
        assertFalse(s.reachesWholeInternet());
        assertTrue(s.includesPublicAddresses());
    }

    @Test
    void union_mergesAdjacentAndOverlappingRanges() {
        AddressSet s = v4("10.0.0.0/25", "10.0.0.128/25", "10.0.0.64/26");
        assertEquals(v4("10.0.0.0/24"), s);
        assertEquals(1, s.ranges().size());
    }

    @Test
    void minus_splitsARange() {
        AddressSet s = v4("10.0.0.0/24").minus(v4("10.0.0.64/26"));
        assertEquals(v4("10.0.0.0/26", "10.0.0.128/25"), s);
    }

    @Test
    void minus_whenCoveringEverything_isEmpty() {
        assertTrue(v4("10.0.0.0/24").minus(v4("10.0.0.0/8")).isEmpty());
    }

    @Test
    void intersect_keepsOnlyTheOverlap() {
        assertEquals(v4("10.0.1.0/24"), v4("10.0.0.0/23").intersect(v4("10.0.1.0/24", "11.0.0.0/8")));
        assertTrue(v4("10.0.0.0/24").intersect(v4("10.0.1.0/24")).isEmpty());
    }

    @Test
    void containsAll_isSubsetTest() {
        assertTrue(v4("10.0.0.0/8").containsAll(v4("10.1.0.0/16", "10.200.0.0/16")));
        assertFalse(v4("10.0.0.0/8").containsAll(v4("10.1.0.0/16", "11.0.0.0/16")));
    }

    @Test
    void of_ignoresBlocksOfTheOtherFamily() {
        AddressSet s = AddressSet.of(IpFamily.IPV6, List.of(Cidr.parse("0.0.0.0/0"), Cidr.parse("::/1"), Cidr.parse("8000::/1")));
        assertTrue(s.reachesWholeInternet());
        assertTrue(AddressSet.of(IpFamily.IPV6, List.of(Cidr.parse("0.0.0.0/0"))).isEmpty());
    }

    @Test
    void union_whenFamiliesDiffer_throws() {
        assertThrows(IllegalArgumentException.class, () -> v4("10.0.0.0/8").union(AddressSet.all(IpFamily.IPV6)));
    }
}
